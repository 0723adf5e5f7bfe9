Feature: Statutory timescales - a school decides within 35 school days of a child's possible ALN being brought to its attention
  A maintained school's governing body decides whether a child has ALN, and gives the IDP or a
  notice of its decision, within 35 school days of the matter being brought to its attention
  (ALN Code 2021 para 12.12, as cited by Nodi, Newport and Swansea [S]; domain brief B5 and
  scenario 4). The days are counted on the school's term calendar in rules/calendars/, beginning
  the day after the event: weekends, half-terms, holidays and closures in term (such as the Early
  May bank holiday) are not school days. A term-basis last day is always a school day, so reg 2(4)
  moves nothing.

  All dates below are counted by hand from rules/calendars/authorities.json (cardiff follows
  wales-harmonised in 2025-26 and 2026-27) and rules/calendars/terms/wales-harmonised/2025-26.json
  and 2026-27.json. Cardiff 2025-26 term blocks: 2025-09-01..10-24, 11-03..12-19, 2026-01-05..02-13,
  02-23..03-27, 04-13..05-22 (closed 2026-05-04, Early May bank holiday), 06-01..07-20.

  Background:
    Given the case reference is "timescales-school"
    And the decision is made in "cardiff" on "2025-10-10"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # Code 12.12 [S]; counted on wales-harmonised 2025-26 for cardiff. Brought to attention Wed 2025-10-01;
  # day 1 is Thu 2 Oct. Oct 2,3 (2); 6-10 (7); 13-17 (12); 20-24 (17); half-term 27-31 Oct not counted;
  # Nov 3-7 (22); 10-14 (27); 17-21 (32); 24, 25, 26 (35) -> due Wed 2025-11-26.
  Scenario: Code 12.12 - 35 school days from 1 October 2025 in Cardiff skip the October half-term and end on 26 November 2025
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-35-school-days" is due on "2025-11-26"
    And the deadline "school-decision-35-school-days" counts "SCHOOL_DAYS" from "BROUGHT_TO_ATTENTION" on "2025-10-01"
    And the deadline "school-decision-35-school-days" has status "OPEN"
    And the deadline "school-decision-35-school-days" has 0 paused days
    And there is no deadline "authority-decision-12-weeks"
    And no facts are missing

  # Code 12.12 [S]; due Wed 2025-11-26 as counted above. The school gives the IDP on 2025-11-20, day 31.
  Scenario: Code 12.12 - the school gives the IDP on 20 November 2025, before the 35th school day, so the deadline is met
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    And the event "IDP_GIVEN" on "2025-11-20" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2025-11-26"
    And the deadline "school-decision-35-school-days" has status "MET"
    And the English summary contains "1 met"

  # Code 12.12 [S]; due Wed 2025-11-26 as counted above; a "no ALN" notice given on the due date itself is in time.
  Scenario: Code 12.12 - a notice that the child has no ALN given on the 35th school day itself is in time
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    And the event "DECISION_NOTICE_GIVEN" on "2025-11-26" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" has status "MET"

  # Domain brief scenario 4; Code 12.12 [S]. Due Wed 2025-11-26 as counted above. On 2025-12-01 no decision has
  # been given and no pause or delay beyond control is recorded: a breach.
  Scenario: Brief scenario 4 - 35 school days pass with no decision and no recorded exception, so the school is in breach
    Given the decision date is "2025-12-01"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-35-school-days" has status "BREACHED"
    And the English summary contains "1 breached"

  # Code 12.12 [S]: the school's duty is met only by the school's own decision (metByBodies SCHOOL). Due Wed
  # 2025-11-26 as counted above. The authority's notice on 2025-11-20 does not meet it, but starts the appeal
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

  # Code 12.12 [S]; wales-harmonised 2025-26 for cardiff: summer-1 2026-04-13..05-22 with 2026-05-04 closed
  # (Early May bank holiday), half-term 25-29 May, summer-2 from 2026-06-01. Brought to attention Mon 2026-04-20;
  # day 1 Tue 21 Apr. Apr 21-24 (4); Apr 27-May 1 (9); May 4 closed; May 5-8 (13); 11-15 (18); 18-22 (23);
  # half-term 25-29 May; Jun 1-5 (28); 8-12 (33); 15, 16 (35) -> due Tue 2026-06-16.
  Scenario: Code 12.12 - 35 school days from 20 April 2026 skip the Early May bank holiday closure and the May half-term
    Given the decision date is "2026-04-24"
    And the event "BROUGHT_TO_ATTENTION" on "2026-04-20" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2026-06-16"
    And the deadline "school-decision-35-school-days" has status "OPEN"

  # Code 12.12 [S]; cardiff follows wales-harmonised in both 2025-26 (summer-2 ends Mon 2026-07-20) and 2026-27
  # (autumn-1 starts Tue 2026-09-01). Brought to attention Wed 2026-07-01; day 1 Thu 2 Jul. Jul 2, 3 (2); 6-10 (7);
  # 13-17 (12); 20 (13); summer holiday; Sep 1-4 (17); 7-11 (22); 14-18 (27); 21-25 (32); 28, 29, 30 (35)
  # -> due Wed 2026-09-30.
  Scenario: Code 12.12 - a period begun in July 2026 stops for the summer holiday and runs on in the 2026-27 school year
    Given the decision date is "2026-07-03"
    And the event "BROUGHT_TO_ATTENTION" on "2026-07-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "school-decision-35-school-days" is due on "2026-09-30"
    And no facts are missing
