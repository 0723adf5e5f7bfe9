Feature: Statutory timescales - appeals to the Education Tribunal for Wales and reviews of its decisions
  An appeal must be received by the first working day after eight weeks beginning with the notice
  giving the right of appeal; where disagreement resolution under s.68 was started within those
  eight weeks, the period is eight weeks longer (Education Tribunal for Wales Regulations 2021
  reg 10, as reported by Nodi [S]: its text was not read; domain brief B5 and scenario 14; late
  appeals may still be allowed under reg 14). The "first working day after" is the Tribunal
  Regulations' own rule, not ALN reg 2(4). Appeal rights follow decisions of an authority (its
  decisions, its reconsideration decisions under ss.26, 27 and 32, and its decisions to cease) or of
  an FEI (s.70; EN paras 73 and 156 [P]); a school's decision is first reconsidered by the authority. An application
  for the Tribunal to review its decision is made within 28 days of the decision being sent (ETW
  reg 53(2) [P]). Each period begins the day after the event: N weeks end on the event date plus 7N
  days, 28 days on the event date plus 28. Each period's own source decides whether a last day that is
  not a working day moves (issue 9 item 5): the appeal's does, to the first working day after
  (rollForward ETW_FIRST_WORKING_DAY); reg 53(2)'s 28 days do not (rollForward NONE).

  Background:
    Given the case reference is "timescales-tribunal"
    And the decision is made in "cardiff" on "2026-01-10"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # Domain brief scenario 14; ETW reg 10 [S]. Notice D = Mon 2025-09-15. Eight weeks: D + 56 = Mon 2025-11-10.
  # Disagreement resolution started Mon 2025-10-20, within them, so 16 weeks: D + 112 = Mon 2026-01-05 (a working
  # day). The appeal is lodged at D + 14 weeks = D + 98 = Mon 2025-12-22: in time.
  Scenario: Brief scenario 14 - with disagreement resolution started in time, an appeal lodged 14 weeks after the notice is in time
    Given the event "DECISION_NOTICE_GIVEN" on "2025-09-15" by "LOCAL_AUTHORITY"
    And the event "DISAGREEMENT_RESOLUTION_STARTED" on "2025-10-20"
    And the event "APPEAL_LODGED" on "2025-12-22"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "appeal-to-tribunal-8-weeks" is due on "2026-01-05"
    And the deadline "appeal-to-tribunal-8-weeks" counts "CALENDAR_WEEKS" from "DECISION_NOTICE_GIVEN" on "2025-09-15"
    And the deadline "appeal-to-tribunal-8-weeks" has status "MET"

  # ETW reg 10 [S]. Notice Mon 2025-09-15; eight weeks end Mon 2025-11-10. Disagreement resolution started Wed
  # 2025-11-12, after the eight weeks, so there is no extension: the appeal on 2025-12-22 is late (reg 14 may allow it).
  Scenario: ETW reg 10 - disagreement resolution started after the eight weeks does not extend them, so a 14-week appeal is late
    Given the event "DECISION_NOTICE_GIVEN" on "2025-09-15" by "LOCAL_AUTHORITY"
    And the event "DISAGREEMENT_RESOLUTION_STARTED" on "2025-11-12"
    And the event "APPEAL_LODGED" on "2025-12-22"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "appeal-to-tribunal-8-weeks" is due on "2025-11-10"
    And the deadline "appeal-to-tribunal-8-weeks" has status "BREACHED"

  # ETW reg 10 [S]. Notice Mon 2025-09-15; disagreement resolution started on the last of the eight weeks, Mon
  # 2025-11-10, which is still within them: 16 weeks -> Mon 2026-01-05. No appeal yet on 2025-12-01.
  Scenario: ETW reg 10 - disagreement resolution started on the last day of the eight weeks still extends them to sixteen
    Given the decision date is "2025-12-01"
    And the event "DECISION_NOTICE_GIVEN" on "2025-09-15" by "LOCAL_AUTHORITY"
    And the event "DISAGREEMENT_RESOLUTION_STARTED" on "2025-11-10"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "appeal-to-tribunal-8-weeks" is due on "2026-01-05"
    And the deadline "appeal-to-tribunal-8-weeks" has status "OPEN"

  # ETW reg 10 [S]; s.70. An FEI's decision notice to a consenting 17-year-old gives a right of appeal. Notice Mon
  # 2026-02-02; + 56 days = Mon 2026-03-30 (a working day; Good Friday 2026 is 3 April). No calendar is needed.
  Scenario: ETW reg 10 - an FEI's decision notice starts the eight weeks to appeal
    Given the decision date is "2026-02-10"
    And the learner was born on "2008-03-01"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the event "DECISION_NOTICE_GIVEN" on "2026-02-02" by "FEI"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "appeal-to-tribunal-8-weeks" is due on "2026-03-30"
    And no facts are missing

  # ETW reg 10 [S]; brief 2.4: a school's decision is reconsidered by the authority before any appeal, so a
  # school's notice starts no appeal clock (and, with nothing brought to the school's attention, no other clock).
  Scenario: ETW reg 10 - a school's decision notice alone starts no appeal clock
    Given the event "DECISION_NOTICE_GIVEN" on "2025-11-20" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And there is no deadline "appeal-to-tribunal-8-weeks"

  # ETW reg 53(2) [P]. Decision sent Mon 2026-02-02; 28 days beginning Tue 3 Feb end 2026-02-02 + 28 = Mon
  # 2026-03-02. The application for review on 2026-02-20 is in time.
  Scenario: ETW reg 53(2) - an application for review made 18 days after the Tribunal's decision was sent is within 28 days
    Given the decision date is "2026-03-10"
    And the event "TRIBUNAL_DECISION_SENT" on "2026-02-02"
    And the event "TRIBUNAL_REVIEW_REQUESTED" on "2026-02-20"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "review-of-tribunal-decision-28-days" is due on "2026-03-02"
    And the deadline "review-of-tribunal-decision-28-days" counts "CALENDAR_DAYS" from "TRIBUNAL_DECISION_SENT" on "2026-02-02"
    And the deadline "review-of-tribunal-decision-28-days" has status "MET"

  # s.70, EN para 156 [P]: an authority's reconsideration decision (here under s.26, of a school's ALN decision) is
  # appealable. Decision notified Mon 2025-11-03; + 56 days = Mon 2025-12-29 (a working day)
  Scenario: s.70 - the authority's reconsideration decision starts the eight weeks to appeal
    Given the event "RECONSIDERATION_REQUESTED" on "2025-09-22" by "LOCAL_AUTHORITY"
    And the event "RECONSIDERATION_DECIDED" on "2025-11-03" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "appeal-to-tribunal-8-weeks" is due on "2025-12-29"
    And the deadline "appeal-to-tribunal-8-weeks" counts "CALENDAR_WEEKS" from "RECONSIDERATION_DECIDED" on "2025-11-03"
    And the deadline "authority-reconsideration-7-weeks" has status "MET"

  # ETW reg 10 [S] (issue 9 item 5): the Tribunal Regulations' own "first working day after". Notice Fri 2025-10-31;
  # + 56 days = Fri 2025-12-26, Boxing Day; Sat 27, Sun 28 -> Mon 2025-12-29.
  Scenario: ETW reg 10 - eight weeks ending on Boxing Day 2025 run to the first working day after, Monday 29 December
    Given the event "DECISION_NOTICE_GIVEN" on "2025-10-31" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "appeal-to-tribunal-8-weeks" is due on "2025-12-29"
    And the deadline "appeal-to-tribunal-8-weeks" was rolled forward from "2025-12-26"
    And the deadline "appeal-to-tribunal-8-weeks" rolls forward under "ETW_FIRST_WORKING_DAY"

  # ETW reg 53(2)(b) [P] (issue 9 item 5): "no later than 28 days after the date on which the decision was sent", with no
  # extension, and not a period of the ALN Regulations, so reg 2(4) does not apply. Decision sent by email on Sun
  # 2025-11-02; + 28 days = Sun 2025-11-30, which stands. Before the per-rule setting it moved to Mon 1 December.
  Scenario: ETW reg 53(2) - a review period whose 28th day is a Sunday ends on that Sunday
    Given the decision date is "2025-11-20"
    And the event "TRIBUNAL_DECISION_SENT" on "2025-11-02"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "review-of-tribunal-decision-28-days" is due on "2025-11-30"
    And the deadline "review-of-tribunal-decision-28-days" does not roll forward
