Feature: Statutory timescales - four weeks to ask the authority to reconsider a decision to cease an IDP
  A request to the local authority to reconsider a maintained school's decision to stop maintaining
  an IDP (s.32 [P]) is made within four weeks beginning the day after the later of the notices under
  s.31(8) and (9) (ALN (Wales) Regulations 2021 reg 12 [P]; domain brief B5 and B6). If the last day
  is not a working day the period includes the next working day (reg 2(4) [P]: reg 12 is a period
  the Regulations set). Four weeks beginning the day after D end on D + 28 days; working days are
  weekdays not in rules/calendars/bank-holidays/england-and-wales.json. Section 32 is only for a
  governing body of a maintained school: an authority's or an FEI's decision to cease is appealed to
  the Tribunal instead (s.70; EN paras 73 and 156 [P]; issue 9 item 6). Before issue 9 any cease
  notice, by any body, started the four weeks.

  Background:
    Given the case reference is "timescales-cease"
    And the decision is made in "cardiff" on "2025-12-10"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # Reg 12 [P]. Notice Wed 2025-11-05; + 28 days = Wed 2025-12-03 (working day). Request on the last day: in time.
  Scenario: Reg 12 - a request to reconsider made on the last day of the four weeks is in time
    Given the event "CEASE_NOTICE_GIVEN" on "2025-11-05" by "SCHOOL"
    And the event "RECONSIDERATION_REQUESTED" on "2025-12-03"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" is due on "2025-12-03"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" counts "CALENDAR_WEEKS" from "CEASE_NOTICE_GIVEN" on "2025-11-05"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" has status "MET"

  # Reg 12 [P]: "the later notice under s.31(8) or (9)". Notices Wed 2025-11-05 (the child's parent) and Fri
  # 2025-11-07 (the child); the later one counts: 2025-11-07 + 28 days = Fri 2025-12-05.
  Scenario: Reg 12 - with two cease notices, the four weeks run from the later one
    Given the decision date is "2025-11-20"
    And the event "CEASE_NOTICE_GIVEN" on "2025-11-05" by "SCHOOL"
    And the event "CEASE_NOTICE_GIVEN" on "2025-11-07" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "request-to-reconsider-cease-decision-4-weeks" is due on "2025-12-05"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" counts "CALENDAR_WEEKS" from "CEASE_NOTICE_GIVEN" on "2025-11-07"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" has status "OPEN"

  # Reg 12 [P]; reg 2(4) [P]. Notice Fri 2025-11-28; + 28 days = Fri 2025-12-26, Boxing Day (bank holiday);
  # Sat 27, Sun 28 -> Mon 2025-12-29. A request made that Monday is in time.
  Scenario: Reg 2(4) - four weeks ending on Boxing Day 2025 run to Monday 29 December, so a request that day is in time
    Given the decision date is "2026-01-05"
    And the event "CEASE_NOTICE_GIVEN" on "2025-11-28" by "SCHOOL"
    And the event "RECONSIDERATION_REQUESTED" on "2025-12-29"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "request-to-reconsider-cease-decision-4-weeks" is due on "2025-12-29"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" was rolled forward from "2025-12-26"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" rolls forward under "REG_2_4"
    And the deadline "request-to-reconsider-cease-decision-4-weeks" has status "MET"

  # s.32(1), s.70, EN paras 73 and 156 [P]: the authority's notice of its decision to cease its IDP starts no four weeks to
  # ask for reconsideration (there is none) but the eight weeks to appeal: Wed 2025-11-05 + 56 days = Wed 2025-12-31
  Scenario: s.70 - an authority's cease notice starts the eight weeks to appeal, not the four weeks to ask for reconsideration
    Given the event "CEASE_NOTICE_GIVEN" on "2025-11-05" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then there is no deadline "request-to-reconsider-cease-decision-4-weeks"
    And the deadline "appeal-to-tribunal-8-weeks" is due on "2025-12-31"
    And the deadline "appeal-to-tribunal-8-weeks" counts "CALENDAR_WEEKS" from "CEASE_NOTICE_GIVEN" on "2025-11-05"

  # s.32(1), s.70 [P]: a further education college's decision to cease is appealed too
  Scenario: s.70 - a college's cease notice starts the eight weeks to appeal, not the four weeks
    Given the learner was born on "2008-03-01"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the event "CEASE_NOTICE_GIVEN" on "2025-11-05" by "FEI"
    When the "STATUTORY_TIMESCALES" decision is made
    Then there is no deadline "request-to-reconsider-cease-decision-4-weeks"
    And the deadline "appeal-to-tribunal-8-weeks" is due on "2025-12-31"

  # EN para 156 [P]: there is no appeal against a maintained school's decision, so the school's cease notice starts only
  # the four weeks (the authority's decision on the request, if made, is then appealable)
  Scenario: s.32 - a school's cease notice starts the four weeks to ask for reconsideration and no appeal clock
    Given the event "CEASE_NOTICE_GIVEN" on "2025-11-05" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "request-to-reconsider-cease-decision-4-weeks" is due on "2025-12-03"
    And there is no deadline "appeal-to-tribunal-8-weeks"
