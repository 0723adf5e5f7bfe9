Feature: Statutory timescales - pausing and resuming a clock
  The Code's exceptions that stop a clock (holidays, learner absence, parent delay, missing health
  information) are NOT CONFIRMED (domain brief B5), so the reasons that may pause a clock are the
  configurable list parameters.pauseReasons in rules/national/statutory-timescales.json:
  LEARNER_ABSENCE, PARENT_OR_YOUNG_PERSON_DELAY, HEALTH_INFORMATION_AWAITED and SCHOOL_HOLIDAY.
  A pause runs from its date up to (not including) the day the clock resumes; days inside it do
  not count, so the due date moves later. A pause with a reason not on the list is not applied and
  a next step says so. A clock still paused has no due date yet (status PAUSED).

  School days are counted for Ysgol Brynrefail, a Gwynedd school whose own 2025-26 INSET days the rules
  hold (rules/calendars/settings/ysgol-brynrefail.json; its INSET day inside these periods is Fri
  2025-10-24), on wales-harmonised 2025-26. Before issue 9 these scenarios counted a Cardiff school on
  the authority's dates alone, INSET days included; each count below moves by that one INSET day.

  Background:
    Given the case reference is "timescales-pauses"
    And the decision is made in "gwynedd" on "2025-12-01"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "gwynedd"
    And the learner's "setting.reference" is "ysgol-brynrefail"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"

  # Code 12.12 [S]; pause reason PARENT_OR_YOUNG_PERSON_DELAY (listed, [U]). From Thu 2 Oct: Oct 2-23 (16); 24 Oct
  # INSET; half-term; Nov 3-7 (21); paused Mon 10 to Fri 14 Nov (5 school days; resumes Mon 17 Nov); Nov 17-21 (26);
  # 24-28 (31); Dec 1, 2, 3, 4 (35) -> due Thu 2025-12-04 instead of 2025-11-27.
  # The NHS body's six weeks are a different step and do not move: received Mon 2025-11-10 + 42 days = Mon 2025-12-22.
  Scenario: Code 12.12 - a week's pause because the parents asked for more time moves the school's due date by five school days
    Given the clock of "school-decision-35-school-days" is paused on "2025-11-10" because "PARENT_OR_YOUNG_PERSON_DELAY"
    And the clock of "school-decision-35-school-days" resumes on "2025-11-17"
    And the event "S20_REFERRAL_RECEIVED" on "2025-11-10" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2025-12-04"
    And the deadline "school-decision-35-school-days" has 5 paused days
    And the deadline "school-decision-35-school-days" has status "OPEN"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" is due on "2025-12-22"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" has 0 paused days

  # Code 11.17 [S]; pause reason SCHOOL_HOLIDAY (listed, [U]; "for calendar-week periods"). Brought to the
  # authority's attention Wed 2025-10-01: unpaused last day 2025-10-01 + 84 = Wed 2025-12-24. Paused Mon 27 Oct,
  # resumed Mon 3 Nov: 27 Oct - 2 Nov = 7 calendar days -> 2025-12-24 + 7 = Wed 2025-12-31 (the Code's period does not
  # roll forward, and 31 December is a working day anyway; 2026-01-01 is the bank holiday).
  Scenario: Code 11.17 - the authority's 12 weeks paused for the October half-term end a week later, on 31 December 2025
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "LOCAL_AUTHORITY"
    And the clock of "authority-decision-12-weeks" is paused on "2025-10-27" because "SCHOOL_HOLIDAY"
    And the clock of "authority-decision-12-weeks" resumes on "2025-11-03"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "authority-decision-12-weeks" is due on "2025-12-31"
    And the deadline "authority-decision-12-weeks" has 7 paused days

  # Domain brief B5: only listed reasons stop the clock. STAFF_SHORTAGE is not in parameters.pauseReasons, so the
  # due date stays Thu 2025-11-27 (35 school days counted in school-decision-35-school-days.feature).
  Scenario: Brief B5 - a pause because of a staff shortage, a reason the rules do not list, is not applied and a next step says so
    Given the decision date is "2025-11-20"
    And the clock of "school-decision-35-school-days" is paused on "2025-10-06" because "STAFF_SHORTAGE"
    And the clock of "school-decision-35-school-days" resumes on "2025-10-20"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2025-11-27"
    And the deadline "school-decision-35-school-days" has 0 paused days
    And a next step in English contains "with reason 'STAFF_SHORTAGE' was not applied"
    And a next step in English contains "LEARNER_ABSENCE"

  # Brief B5; pause reason LEARNER_ABSENCE (listed, [U]). Counted from Thu 2 Oct: Oct 2-10 = 7 school days, then
  # paused from Mon 13 Oct with no resume. School days paused up to the decision date Wed 2025-11-05: Oct 13-17 (5),
  # 20-23 (9), 24 Oct INSET and the half-term not counted, Nov 3, 4, 5 (12).
  Scenario: Brief B5 - a clock paused for the learner's absence and not yet resumed has no due date and shows the school days paused so far
    Given the decision date is "2025-11-05"
    And the clock of "school-decision-35-school-days" is paused on "2025-10-13" because "LEARNER_ABSENCE"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-35-school-days" has status "PAUSED"
    And the deadline "school-decision-35-school-days" has 12 paused days
    And the English summary contains "1 paused"

  # Code 12.12 [S]; brief B5; pause reason HEALTH_INFORMATION_AWAITED (listed, [U]) on the school's clock. From Thu 2 Oct: Oct 2-23 (16);
  # 24 Oct INSET; Nov 3-7 (21); paused Mon 10 Nov, resumed Mon 24 Nov (10 school days: Nov 10-14, 17-21); Nov 24-28 (26);
  # Dec 1-5 (31); Dec 8, 9, 10, 11 (35) -> due Thu 2025-12-11. The IDP is given on 2025-12-08: met. (The IDP also
  # starts its 12-month review clock, idp-review.feature.)
  Scenario: Brief B5 - a school decision made after a two-week wait for health information is met within the extended period
    Given the decision date is "2025-12-15"
    And the clock of "school-decision-35-school-days" is paused on "2025-11-10" because "HEALTH_INFORMATION_AWAITED"
    And the clock of "school-decision-35-school-days" resumes on "2025-11-24"
    And the event "IDP_GIVEN" on "2025-12-08" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2025-12-11"
    And the deadline "school-decision-35-school-days" has 10 paused days
    And the deadline "school-decision-35-school-days" has status "MET"
