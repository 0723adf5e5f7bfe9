Feature: Statutory timescales - an IDP is reviewed at least once in every 12 months
  A governing body or authority maintaining an IDP must review it before the end of each review
  period. The first review period is "a period of 12 months starting with the date on which a copy
  of the plan is given"; each later one is 12 months starting with the date of the revised plan or
  of the notice not to revise it (ALN and Education Tribunal (Wales) Act 2018 s.23(1)-(3) [P]; s.24
  for looked-after children; domain brief B5 and scenario 7). Months are calendar months: a period
  starting on a day a shorter month lacks ends at that month's end.

  Background:
    Given the case reference is "timescales-idp-review"
    And the decision is made in "cardiff" on "2025-10-10"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # s.23(2) [P]. IDP given Thu 2024-02-29. 12 months starting with 29 February 2024 run to the end of February 2025,
  # which has no 29th: the last day is Fri 2025-02-28 (a working day in the bank-holidays file). The rule's
  # day-after count gives the same date here: 2024-02-29 + 12 months = 2025-02-29, clamped to 2025-02-28.
  Scenario: s.23(2) - an IDP given on 29 February 2024 is due for review by 28 February 2025, the end of the shorter month
    Given the decision date is "2025-01-15"
    And the event "IDP_GIVEN" on "2024-02-29" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "idp-review-12-months" is due on "2025-02-28"
    And the deadline "idp-review-12-months" counts "MONTHS" from "IDP_GIVEN" on "2024-02-29"
    And the deadline "idp-review-12-months" has status "OPEN"

  # s.23(3)(a)-(b) [P]: a later review period starts with the date of the revised plan or no-revision notice,
  # here REVIEW_COMPLETED on 2025-09-17 (the latest start event), not the date the IDP was first given.
  Scenario: s.23(3) - after a review the next 12 months run from the review, not from when the IDP was first given
    Given the decision date is "2025-10-01"
    And the event "IDP_GIVEN" on "2024-10-01" by "SCHOOL"
    And the event "REVIEW_COMPLETED" on "2025-09-17" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "idp-review-12-months" counts "MONTHS" from "REVIEW_COMPLETED" on "2025-09-17"
    And the deadline "idp-review-12-months" has status "OPEN"

  # s.23(1)-(2) [P]. IDP given Mon 2024-09-16 and never reviewed. The period starting with 2024-09-16 ends on
  # 2025-09-15; on 2025-10-01 the review is overdue.
  Scenario: s.23(1) - an IDP given in September 2024 and not reviewed by October 2025 is in breach
    Given the decision date is "2025-10-01"
    And the event "IDP_GIVEN" on "2024-09-16" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "idp-review-12-months" has status "BREACHED"

  # s.23(2) [P]: "The first review period is a period of 12 months starting with the date on
  # which a copy of the plan is given under section 22", and s.23(1) requires the review "before the end of each
  # review period". The plan given Wed 2025-10-01 starts a period 2025-10-01..2026-09-30, so the review is due by
  # Wed 2026-09-30 (the rule's "periodStart" is DAY_OF_EVENT).
  Scenario: s.23(2) - an IDP given on 1 October 2025 must be reviewed by 30 September 2026, the last day of the 12 months starting with that date
    Given the event "IDP_GIVEN" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "idp-review-12-months" is due on "2026-09-30"
    And the deadline "idp-review-12-months" cites "ss.23-24: the review period is the Act's, not one the ALN (Wales) Regulations 2021 provide for, so reg 2(4) does not extend it" with confidence "P"
    And the deadline "idp-review-12-months" does not roll forward

  # ss.23-24 [P]: the Act's review period is not extended by reg 2(4), which covers only periods the Regulations set,
  # and the Act provides no extension of its own (issue 9 item 5). An IDP given Sat 2025-03-01 (a copy given on a
  # Saturday) must be reviewed within 12 months starting with that date, which end on Sat 2026-02-28, and that Saturday
  # is the due date. Before the per-rule rollForward setting the engine moved it to Mon 2026-03-02 and this scenario
  # checked only the start and the citation.
  Scenario: s.23 - a review period ending on a Saturday is the Act's period, which reg 2(4) does not extend
    Given the decision date is "2025-06-01"
    And the event "IDP_GIVEN" on "2025-03-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "idp-review-12-months" counts "MONTHS" from "IDP_GIVEN" on "2025-03-01"
    And the deadline "idp-review-12-months" is due on "2026-02-28"
    And the deadline "idp-review-12-months" does not roll forward
    And the deadline "idp-review-12-months" cites "reg 2(4) does not extend it" with confidence "P"
