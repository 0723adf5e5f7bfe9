Feature: Statutory timescales - local authority decisions and reconsiderations in calendar weeks
  A local authority decides whether a child has ALN, and gives the IDP or a notice, within 12 weeks
  of the matter being brought to its attention (ALN Code 2021 para 11.17, as cited [S]); for a young
  person the 12 weeks begin the day after consent (Code 11.24 [S]; ALN (Wales) Regulations 2021
  reg 10(3) [P] for a notice that an IDP is not necessary; domain brief scenario 11). It decides a
  request to reconsider a school's decision within 7 weeks (Newport City Council [S], the only
  source found). Weeks are counted from the day after the event, so N weeks end on the event date
  plus 7N days. Whether a last day that is not a working day moves depends on the period's source
  (issue 9 item 5): reg 2(4) [P] extends the Regulations' own periods (reg 10(3): rollForward
  REG_2_4, counted on rules/calendars/bank-holidays/england-and-wales.json); the Code's 12 weeks and
  the council's 7 weeks are not such periods, and no extension of theirs was read, so they end on
  their last day (rollForward NONE, configurable [U]).

  Background:
    Given the case reference is "timescales-authority"
    And the decision is made in "cardiff" on "2025-10-10"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # Code 11.17 [S]. Brought to the authority's attention Wed 2025-10-01; 12 weeks = 84 days -> Wed 2025-12-24,
  # which is not a bank holiday (2025's are 25 and 26 December) - a working day, nothing moves.
  Scenario: Code 11.17 - the authority's 12 weeks from 1 October 2025 end on Christmas Eve, a working day
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "authority-decision-12-weeks" is due on "2025-12-24"
    And the deadline "authority-decision-12-weeks" counts "CALENDAR_WEEKS" from "BROUGHT_TO_ATTENTION" on "2025-10-01"
    And the deadline "authority-decision-12-weeks" has status "OPEN"
    And there is no deadline "school-decision-35-school-days"

  # Code 11.17 [S]. Brought to attention Thu 2025-10-02; 2025-10-02 + 84 days = Thu 2025-12-25 (Christmas Day). Reg 2(4)
  # [P] extends only periods the Regulations provide for, and no extension of the Code's 12 weeks was read, so the
  # period ends on Christmas Day (rollForward NONE; configurable [U]). Before issue 9 the engine moved every calendar
  # period and this scenario was due on Mon 2025-12-29, "unconfirmed for a Code period".
  Scenario: Code 11.17 - 12 weeks ending on Christmas Day end that day: the Code's period is not one reg 2(4) extends
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-02" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "authority-decision-12-weeks" is due on "2025-12-25"
    And the deadline "authority-decision-12-weeks" does not roll forward
    And the deadline "authority-decision-12-weeks" cites "reg 2(4) extends only periods the ALN (Wales) Regulations 2021 provide for" with confidence "U"

  # Reg 10(3) [P]; Code 11.24 [S]; domain brief scenario 11. A consenting 20-year-old not at school or FEI.
  # Consent Wed 2026-01-14; 12 weeks beginning Thu 15 Jan end 2026-01-14 + 84 days = Wed 2026-04-08 (after
  # Easter Monday 2026-04-06, a working day). The authority's "not necessary" notice on 2026-03-20 meets it,
  # and starts the appeal clock (ETW reg 10 as cited [S]): 2026-03-20 + 56 days = Fri 2026-05-15.
  Scenario: Reg 10(3) - a consenting 20-year-old not at school or college is told within 12 weeks of the day after consent
    Given the decision date is "2026-04-01"
    And the learner was born on "2005-06-15"
    And the learner's "setting.kind" is "NONE"
    And the learner's "setting.authority" is unknown
    And the learner's "consent" is "GIVEN"
    And the event "CONSENT_GIVEN" on "2026-01-14" by "LOCAL_AUTHORITY"
    And the event "DECISION_NOTICE_GIVEN" on "2026-03-20" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "authority-decision-young-person-12-weeks" is due on "2026-04-08"
    And the deadline "authority-decision-young-person-12-weeks" counts "CALENDAR_WEEKS" from "CONSENT_GIVEN" on "2026-01-14"
    And the deadline "authority-decision-young-person-12-weeks" has status "MET"
    And there is no deadline "authority-decision-12-weeks"
    And the deadline "appeal-to-tribunal-8-weeks" is due on "2026-05-15"
    And the deadline "appeal-to-tribunal-8-weeks" has status "OPEN"

  # Newport City Council [S] (7 weeks). Request to the authority Mon 2025-11-03; 2025-11-03 + 49 days = Mon
  # 2025-12-22 (a working day). The authority decides on Tue 2025-12-23, a day late.
  Scenario: Newport - the authority decides a request to reconsider a school's decision one day after its 7 weeks end
    Given the decision date is "2026-01-05"
    And the event "RECONSIDERATION_REQUESTED" on "2025-11-03" by "LOCAL_AUTHORITY"
    And the event "RECONSIDERATION_DECIDED" on "2025-12-23" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "authority-reconsideration-7-weeks" is due on "2025-12-22"
    And the deadline "authority-reconsideration-7-weeks" counts "CALENDAR_WEEKS" from "RECONSIDERATION_REQUESTED" on "2025-11-03"
    And the deadline "authority-reconsideration-7-weeks" has status "BREACHED"

  # Reg 10(3) [P] with reg 2(4) [P]: the young person's 12 weeks are a period the Regulations provide for, so unlike the
  # Code's they roll forward. A consenting 20-year-old not at school or college; consent and attention Thu 2025-10-02;
  # 2025-10-02 + 84 days = Thu 2025-12-25 (Christmas Day); Fri 26 Boxing Day; Sat 27, Sun 28 -> Mon 2025-12-29.
  Scenario: Reg 2(4) - a young person's 12 weeks ending on Christmas Day 2025 run to Monday 29 December
    Given the learner was born on "2005-06-15"
    And the learner's "setting.kind" is "NONE"
    And the learner's "setting.authority" is unknown
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-02" by "LOCAL_AUTHORITY"
    And the event "CONSENT_GIVEN" on "2025-10-02" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "authority-decision-young-person-12-weeks" is due on "2025-12-29"
    And the deadline "authority-decision-young-person-12-weeks" was rolled forward from "2025-12-25"
    And the deadline "authority-decision-young-person-12-weeks" rolls forward under "REG_2_4"

  # Reg 18(4)(b) [P]; reg 2(4) [P]. A detained 17-year-old consents on Mon 2025-11-03 to the home authority's decision
  # under s.40(2); a decision that no IDP will be necessary on release is due within 12 weeks beginning Tue 4 November:
  # 2025-11-03 + 84 days = Mon 2026-01-26. Reg 18(4)(b) counts from consent itself, not from attention.
  Scenario: Reg 18(4)(b) - a detained young person's release decision is due 12 weeks after the day they consented
    Given the decision date is "2025-11-10"
    And the learner was born on "2008-03-01"
    And the learner's "setting.kind" is "YOUTH_DETENTION"
    And the learner's "setting.authority" is "england"
    And the event "CONSENT_GIVEN" on "2025-11-03" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "detained-young-person-release-decision-12-weeks" is due on "2026-01-26"
    And the deadline "detained-young-person-release-decision-12-weeks" counts "CALENDAR_WEEKS" from "CONSENT_GIVEN" on "2025-11-03"
    And the deadline "detained-young-person-release-decision-12-weeks" rolls forward under "REG_2_4"
    And there is no deadline "authority-decision-young-person-12-weeks"
    And no facts are missing

  # Reg 18(4)(a) [P]; reg 2(4) [P]. A detained child's possible ALN is brought to the home authority's attention on Thu
  # 2025-10-02: 12 weeks end Thu 2025-12-25, Christmas Day; Fri 26 Boxing Day; the weekend -> Mon 2025-12-29. The Code's
  # s.13 duty, and with it the Code's 12 weeks (authority-decision-12-weeks), ceases during the detention (s.44(1)-(2) [P]).
  Scenario: Reg 18(4)(a) - a detained child's release decision is due 12 weeks after attention, rolled forward under reg 2(4)
    Given the learner's "setting.kind" is "YOUTH_DETENTION"
    And the learner's "setting.authority" is "england"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-02" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "detained-child-release-decision-12-weeks" is due on "2025-12-29"
    And the deadline "detained-child-release-decision-12-weeks" was rolled forward from "2025-12-25"
    And there is no deadline "authority-decision-12-weeks"
