Feature: Statutory timescales - a school decides within 35 school days of a child's possible ALN being brought to its attention
  A maintained school's governing body decides whether a child has ALN, and gives the IDP or a
  notice of its decision, within 35 school days of the matter being brought to its attention
  (ALN Code 2021 para 12.12, as cited by Nodi, Newport and Swansea [S]; domain brief B5 and
  scenario 4). The days are counted on the school's own calendar, beginning the day after the
  event: weekends, half-terms, holidays, closures in term (such as the Early May bank holiday) and
  the school's INSET days are not school days. A term-basis last day is always a school day, so no
  roll-forward applies.

  INSET days are chosen by each school (Welsh councils designate one to three and leave the rest to
  the school: docs/research/term-dates.md 2), so an authority's term dates alone would count them
  as school days, making deadlines early and breaches false. A school-days period is therefore
  counted only for a school whose own INSET days the rules hold (rules/calendars/settings/); for
  any other school the calendar is reported as missing (issue 9, over-strictness; before issue 9
  these scenarios counted a Cardiff school on the authority's dates alone, INSET days included).

  All dates below are counted by hand for Ysgol Brynrefail, a Gwynedd school whose own page lists
  its 2025-26 INSET days (rules/calendars/settings/ysgol-brynrefail.json: 2025-09-01, 09-02,
  10-24, 2026-03-13, 06-22, 07-20) on wales-harmonised 2025-26, which Gwynedd follows
  (rules/calendars/authorities.json). Term blocks: 2025-09-01..10-24, 11-03..12-19,
  2026-01-05..02-13, 02-23..03-27, 04-13..05-22 (closed 2026-05-04, Early May bank holiday),
  06-01..07-20.

  Background:
    Given the case reference is "timescales-school"
    And the decision is made in "gwynedd" on "2025-10-10"
    And the learner was born on "2011-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "gwynedd"
    And the learner's "setting.reference" is "ysgol-brynrefail"

  # Code 12.12 [S]. Brought to attention Wed 2025-10-01; day 1 is Thu 2 Oct. Oct 2,3 (2); 6-10 (7); 13-17 (12);
  # 20-23 (16); Fri 24 Oct is the school's INSET day; half-term 27-31 Oct; Nov 3-7 (21); 10-14 (26); 17-21 (31);
  # 24, 25, 26, 27 (35) -> due Thu 2025-11-27. Counted on the authority's dates alone it would be Wed 26 Nov, a day early.
  Scenario: Code 12.12 - 35 school days from 1 October 2025 skip the school's INSET day and the October half-term and end on 27 November 2025
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-35-school-days" is due on "2025-11-27"
    And the deadline "school-decision-35-school-days" counts "SCHOOL_DAYS" from "BROUGHT_TO_ATTENTION" on "2025-10-01"
    And the deadline "school-decision-35-school-days" has status "OPEN"
    And the deadline "school-decision-35-school-days" has 0 paused days
    And there is no deadline "authority-decision-12-weeks"
    And no facts are missing

  # Code 12.12 [S]; due Thu 2025-11-27 as counted above. The school gives the IDP on 2025-11-20, day 30.
  Scenario: Code 12.12 - the school gives the IDP on 20 November 2025, before the 35th school day, so the deadline is met
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    And the event "IDP_GIVEN" on "2025-11-20" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2025-11-27"
    And the deadline "school-decision-35-school-days" has status "MET"
    And the English summary contains "1 met"

  # Code 12.12 [S]; due Thu 2025-11-27 as counted above; a "no ALN" notice given on the due date itself is in time.
  # (On the authority's dates alone, 27 November would have been reported as a day late.)
  Scenario: Code 12.12 - a notice that the child has no ALN given on the 35th school day itself is in time
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    And the event "DECISION_NOTICE_GIVEN" on "2025-11-27" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" has status "MET"

  # Domain brief scenario 4; Code 12.12 [S]. Due Thu 2025-11-27 as counted above. On 2025-12-01 no decision has
  # been given and no pause or delay beyond control is recorded: a breach.
  Scenario: Brief scenario 4 - 35 school days pass with no decision and no recorded exception, so the school is in breach
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-35-school-days" has status "BREACHED"
    And the English summary contains "1 breached"

  # Code 12.12 [S]: the school's duty is met only by the school's own decision (metByBodies SCHOOL). Due Thu
  # 2025-11-27 as counted above. The authority's notice on 2025-11-20 does not meet it, but starts the appeal
  # clock (ETW reg 10 as cited [S]): 8 weeks beginning Fri 2025-11-21 end Thu 2025-11-20 + 56 days = 2026-01-15
  # (a Thursday, not a bank holiday in bank-holidays/england-and-wales.json).
  Scenario: Code 12.12 - a notice given by the local authority does not meet the school's own 35-school-day duty
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    And the event "DECISION_NOTICE_GIVEN" on "2025-11-20" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" has status "BREACHED"
    And the deadline "appeal-to-tribunal-8-weeks" is due on "2026-01-15"
    And the deadline "appeal-to-tribunal-8-weeks" has status "OPEN"

  # Code 12.12 [S]; summer-1 2026-04-13..05-22 with 2026-05-04 closed (Early May bank holiday), half-term 25-29 May,
  # summer-2 from 2026-06-01; the school's next INSET day (22 June) is after the period. Brought to attention Mon
  # 2026-04-20; day 1 Tue 21 Apr. Apr 21-24 (4); Apr 27-May 1 (9); May 4 closed; May 5-8 (13); 11-15 (18); 18-22 (23);
  # half-term 25-29 May; Jun 1-5 (28); 8-12 (33); 15, 16 (35) -> due Tue 2026-06-16.
  Scenario: Code 12.12 - 35 school days from 20 April 2026 skip the Early May bank holiday closure and the May half-term
    Given the decision date is "2026-04-24"
    And the event "BROUGHT_TO_ATTENTION" on "2026-04-20" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2026-06-16"
    And the deadline "school-decision-35-school-days" has status "OPEN"

  # Code 12.12 [S]. Brought to attention Wed 2026-07-01: Jul 2, 3 (2); 6-10 (7); 13-17 (12); Mon 20 Jul is the school's
  # INSET day; summer holiday; the rest of the period falls in 2026-27, for which Gwynedd follows wales-harmonised but
  # the school's own INSET days are not recorded. Before issue 9 the service ran on into September on the authority's
  # dates (a Cardiff school, due 2026-09-30); now it names the school's calendar for 2026-27 as missing.
  Scenario: Code 12.12 - a period begun in July 2026 that runs into 2026-27 needs the school's own INSET days for 2026-27
    Given the decision date is "2026-07-03"
    And the event "BROUGHT_TO_ATTENTION" on "2026-07-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the calendar of setting "ysgol-brynrefail" in "gwynedd" for "2026-27"
    And there is no deadline "school-decision-35-school-days"
    And no facts are missing

  # Issue 9 (over-strictness: INSET days). A Cardiff school the request does not name: Cardiff's term dates are known,
  # but its schools choose their own INSET days, so which school it is (and its calendar) is needed before a single
  # day can be counted; the service asks for the setting reference rather than count INSET days as school days.
  Scenario: Issue 9 - school days for a school the request does not name are not counted on the authority's dates: the school is asked for
    Given the decision is made in "cardiff" on "2025-10-10"
    And the learner's "setting.authority" is "cardiff"
    And the learner's "setting.reference" is unknown
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.reference"
    And there is no deadline "school-decision-35-school-days"

  # Issue 9 (over-strictness: INSET days). A named Cardiff school with no file of its own under rules/calendars/settings/:
  # the calendar that is missing is that school's, for the school year the period starts in.
  Scenario: Issue 9 - school days for a named school whose INSET days the rules do not hold name that school's calendar as missing
    Given the decision is made in "cardiff" on "2025-10-10"
    And the learner's "setting.authority" is "cardiff"
    And the learner's "setting.reference" is "cardiff-school-0001"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the calendar of setting "cardiff-school-0001" in "cardiff" for "2025-26"
    And no facts are missing
    And the English summary contains "never guessed by weekdays"
