Feature: Statutory timescales - for a young person at school the 35 school days run from consent
  For a young person (over compulsory school age) a school may decide on ALN only with their
  consent (s.11(3)(c)), and its 35 school days run from that consent (ALN Code 2021 para 12.21, as
  cited [S]; domain brief B5). Being brought to the school's attention alone starts no clock.

  Swansea follows wales-harmonised in 2025-26 (rules/calendars/authorities.json, from its own
  page). Spring terms in rules/calendars/terms/wales-harmonised/2025-26.json: 2026-01-05..02-13 and
  2026-02-23..03-27 (half-term 16-20 February 2026).

  Background:
    Given the case reference is "timescales-young-person"
    And the decision is made in "swansea" on "2026-01-20"
    And the learner was born on "2008-03-01"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "swansea"

  # Code 12.21 [S]. Consent Mon 2026-01-12; day 1 Tue 13 Jan. Jan 13-16 (4); 19-23 (9); 26-30 (14); Feb 2-6 (19);
  # 9-13 (24); half-term 16-20 Feb; Feb 23-27 (29); Mar 2-6 (34); Mar 9 (35) -> due Mon 2026-03-09.
  Scenario: Code 12.21 - a 17-year-old in a Swansea sixth form: 35 school days from consent on 12 January 2026 end on 9 March 2026
    Given the event "BROUGHT_TO_ATTENTION" on "2026-01-05" by "SCHOOL"
    And the event "CONSENT_GIVEN" on "2026-01-12" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-young-person-35-school-days" is due on "2026-03-09"
    And the deadline "school-decision-young-person-35-school-days" counts "SCHOOL_DAYS" from "CONSENT_GIVEN" on "2026-01-12"
    And the deadline "school-decision-young-person-35-school-days" has status "OPEN"
    And there is no deadline "school-decision-35-school-days"

  # s.11(3)(c) [P]; Code 12.21 [S]; domain brief scenario 5 (for a school rather than an FEI): no consent, no clock.
  Scenario: s.11(3)(c) - a young person's possible ALN brought to the school's attention without consent starts no clock
    Given the event "BROUGHT_TO_ATTENTION" on "2026-01-05" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And there is no deadline "school-decision-35-school-days"
    And there is no deadline "school-decision-young-person-35-school-days"
