Feature: Statutory timescales - for a young person at school the 35 school days run from the later of attention and consent
  A school's duty to decide arises when a pupil's possible ALN is brought to its attention or
  otherwise appears to it (s.11(1) [P]); for a young person (over compulsory school age) the
  young person's consent is a condition of the duty (s.11(3)(c) [P]), not its start. So for a young
  person who has consented (learner.consent GIVEN) the 35 school days (ALN Code 2021 para 12.21, as
  cited [S]) run from the later of the two events (issue 9 item 7); without consent no clock runs.
  Before issue 9 the period always ran from consent. A CONSENT_GIVEN event is itself the record
  that the young person consented, so when learner.consent is not stated it is read as GIVEN: the
  request is not asked for what its own events say (issue 9, over-strictness); a consent the request
  states (a refusal since, say) stands.

  School days are counted for Ysgol Brynrefail, a Gwynedd school whose own 2025-26 INSET days the
  rules hold (rules/calendars/settings/ysgol-brynrefail.json; none falls between 5 January and
  9 March 2026), on wales-harmonised 2025-26, which Gwynedd follows. Spring terms: 2026-01-05..02-13
  and 2026-02-23..03-27 (half-term 16-20 February 2026). Before issue 9 these scenarios counted a
  Swansea school on the authority's dates alone; the due dates are the same because no INSET day of
  this school falls in the periods.

  Background:
    Given the case reference is "timescales-young-person"
    And the decision is made in "gwynedd" on "2026-01-20"
    And the learner was born on "2008-03-01"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "gwynedd"
    And the learner's "setting.reference" is "ysgol-brynrefail"

  # Code 12.21 [S]. Consent Mon 2026-01-12; day 1 Tue 13 Jan. Jan 13-16 (4); 19-23 (9); 26-30 (14); Feb 2-6 (19);
  # 9-13 (24); half-term 16-20 Feb; Feb 23-27 (29); Mar 2-6 (34); Mar 9 (35) -> due Mon 2026-03-09.
  Scenario: Code 12.21 - a 17-year-old at a maintained school: 35 school days from consent on 12 January 2026 end on 9 March 2026
    Given the learner's "consent" is "GIVEN"
    And the event "BROUGHT_TO_ATTENTION" on "2026-01-05" by "SCHOOL"
    And the event "CONSENT_GIVEN" on "2026-01-12" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-young-person-35-school-days" is due on "2026-03-09"
    And the deadline "school-decision-young-person-35-school-days" counts "SCHOOL_DAYS" from "CONSENT_GIVEN" on "2026-01-12"
    And the deadline "school-decision-young-person-35-school-days" has status "OPEN"
    And there is no deadline "school-decision-35-school-days"

  # s.11(3)(c) [P]; Code 12.21 [S]; domain brief scenario 5 (for a school rather than an FEI): no consent, no clock.
  Scenario: s.11(3)(c) - a young person's possible ALN brought to the school's attention without consent starts no clock
    Given the learner's "consent" is "NOT_SOUGHT"
    And the event "BROUGHT_TO_ATTENTION" on "2026-01-05" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And there is no deadline "school-decision-35-school-days"
    And there is no deadline "school-decision-young-person-35-school-days"

  # s.11(1), (3)(c) [P] (issue 9 item 7): consent given before the concern reached the school (Mon 2026-01-05, with the
  # school told on Mon 2026-01-12) does not start the duty early: the 35 school days run from attention on 12 January, as
  # in the first scenario, so the due date is the same Mon 2026-03-09
  Scenario: s.11(1) - consent given before the concern reaches the school: the 35 school days run from when the school is told
    Given the learner's "consent" is "GIVEN"
    And the event "CONSENT_GIVEN" on "2026-01-05" by "SCHOOL"
    And the event "BROUGHT_TO_ATTENTION" on "2026-01-12" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-young-person-35-school-days" is due on "2026-03-09"
    And the deadline "school-decision-young-person-35-school-days" counts "SCHOOL_DAYS" from "BROUGHT_TO_ATTENTION" on "2026-01-12"

  # s.13(1), (2)(d) [P]: the same for the local authority's 12 weeks: consent Mon 2026-01-05, the authority told Wed
  # 2026-01-14; 12 weeks beginning Thu 15 January end Wed 2026-04-08
  Scenario: s.13(1) - consent given before the concern reaches the authority: its 12 weeks run from when it is told
    Given the learner's "setting.kind" is "NONE"
    And the learner's "consent" is "GIVEN"
    And the event "CONSENT_GIVEN" on "2026-01-05" by "LOCAL_AUTHORITY"
    And the event "BROUGHT_TO_ATTENTION" on "2026-01-14" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "authority-decision-young-person-12-weeks" is due on "2026-04-08"
    And the deadline "authority-decision-young-person-12-weeks" counts "CALENDAR_WEEKS" from "BROUGHT_TO_ATTENTION" on "2026-01-14"

  # s.11(3)(c) [P]; issue 9 (over-strictness): the case records the young person's consent as an event and does not
  # repeat it in learner.consent. The event is the consent, so the clock runs from the later of attention and consent,
  # as in the first scenario (due Mon 2026-03-09), and consent is not asked for.
  Scenario: s.11(3)(c) - consent recorded only as an event is consent given: the 35 school days run without asking for it
    Given the learner's "consent" is unknown
    And the event "BROUGHT_TO_ATTENTION" on "2026-01-05" by "SCHOOL"
    And the event "CONSENT_GIVEN" on "2026-01-12" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-young-person-35-school-days" is due on "2026-03-09"
    And no facts are missing

  # s.11(3)(c) [P]: a consent the request states stands over an earlier consent event - here the young person has
  # refused since, so the duty does not apply and no clock runs.
  Scenario: s.11(3)(c) - a refusal the request states stands over an earlier consent event: no clock runs
    Given the learner's "consent" is "REFUSED"
    And the event "BROUGHT_TO_ATTENTION" on "2026-01-05" by "SCHOOL"
    And the event "CONSENT_GIVEN" on "2026-01-12" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And there is no deadline "school-decision-young-person-35-school-days"
