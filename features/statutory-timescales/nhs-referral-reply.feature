Feature: Statutory timescales - an NHS body replies to a section 20 referral within six weeks
  An NHS body replies to a referral under s.20 (with the information s.21 requires) within six
  weeks beginning the day after it received the referral, unless that is impractical because of
  circumstances beyond its control (ALN (Wales) Regulations 2021 reg 11 [P]; domain brief B5 and
  scenario 10). If the last day is not a working day the period includes the next working day
  (reg 2(4) [P]). Six weeks beginning the day after receipt on D end on D + 42 days; working days are
  weekdays not in rules/calendars/bank-holidays/england-and-wales.json.

  Background:
    Given the case reference is "timescales-nhs"
    And the decision is made in "cardiff" on "2026-05-01"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # Reg 11 [P]; reg 2(4) [P]. Received Mon 2026-04-13; + 42 days = Mon 2026-05-25, the Spring bank holiday
  # (bank-holidays file) -> Tue 2026-05-26.
  Scenario: Reg 2(4) - six weeks ending on the Spring bank holiday Monday 2026 end on the Tuesday after
    Given the event "S20_REFERRAL_RECEIVED" on "2026-04-13" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" is due on "2026-05-26"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" was rolled forward from "2026-05-25"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" rolls forward under "REG_2_4"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" counts "CALENDAR_WEEKS" from "S20_REFERRAL_RECEIVED" on "2026-04-13"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" has status "OPEN"

  # Reg 11 [P]; reg 2(4) [P]. Received Fri 2026-02-20; + 42 days = Fri 2026-04-03, Good Friday; Sat 4, Sun 5;
  # Mon 6 Apr Easter Monday (bank holidays file) -> Tue 2026-04-07.
  Scenario: Reg 2(4) - six weeks ending on Good Friday 2026 run over the Easter weekend to Tuesday 7 April
    Given the decision date is "2026-03-01"
    And the event "S20_REFERRAL_RECEIVED" on "2026-02-20" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" is due on "2026-04-07"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" was rolled forward from "2026-04-03"

  # Reg 11 [P]; reg 2(4) [P]; reg 4 (s.88(6)): an emailed referral counts as given the day it is sent, a Saturday here.
  # Received Sat 2026-07-18; + 42 days = Sat 2026-08-29; Sun 30; Mon 31 Aug Summer bank holiday -> Tue 2026-09-01.
  Scenario: Reg 2(4) - six weeks ending on the Saturday of the August 2026 bank-holiday weekend end on Tuesday 1 September
    Given the decision date is "2026-07-20"
    And the event "S20_REFERRAL_RECEIVED" on "2026-07-18" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" is due on "2026-09-01"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" was rolled forward from "2026-08-29"

  # Reg 11 [P]. Received Mon 2025-11-10; + 42 days = Mon 2025-12-22 (working day). Reply on 2025-12-12.
  Scenario: Reg 11 - the NHS body replies within six weeks, so the deadline is met
    Given the decision date is "2026-01-05"
    And the event "S20_REFERRAL_RECEIVED" on "2025-11-10" by "NHS_BODY"
    And the event "RESPONSE_GIVEN" on "2025-12-12" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" is due on "2025-12-22"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" has status "MET"

  # Domain brief scenario 10; reg 11 [P]. Received Mon 2025-11-10; due Mon 2025-12-22 (as above). On 2026-01-05
  # there is no reply and no reason beyond the body's control: a breach. The school's reply does not count.
  Scenario: Brief scenario 10 - no NHS reply by the end of six weeks beginning the day after receipt is flagged as a breach
    Given the decision date is "2026-01-05"
    And the event "S20_REFERRAL_RECEIVED" on "2025-11-10" by "NHS_BODY"
    And the event "RESPONSE_GIVEN" on "2025-12-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" has status "BREACHED"
    And the English summary contains "1 breached"

  # Reg 11(3) [P]: the period does not apply where meeting it is impractical because of circumstances beyond the
  # body's control. Due Mon 2025-12-22 (as above); reply on 2026-01-12 (late) with the reason recorded on 2025-12-19.
  Scenario: Reg 11(3) - a late NHS reply with circumstances beyond its control recorded is excused, not breached
    Given the decision date is "2026-01-20"
    And the event "S20_REFERRAL_RECEIVED" on "2025-11-10" by "NHS_BODY"
    And a delay beyond control of "nhs-reply-to-s20-referral-6-weeks" is recorded on "2025-12-19" because "The only paediatric audiologist was on long-term sick leave"
    And the event "RESPONSE_GIVEN" on "2026-01-12" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" has status "EXCUSED"
    And the English summary contains "1 excused"
    And the decision's "outcome" is "DEADLINES_COMPUTED"

  # Reg 11(3) [P] excuses the step the reason is recorded for. A delay recorded against the school's step does
  # not excuse the NHS body: due Mon 2025-12-22, no reply by 2026-01-05 -> breached.
  Scenario: Reg 11(3) - a delay beyond control recorded for another step does not excuse the NHS body
    Given the decision date is "2026-01-05"
    And the event "S20_REFERRAL_RECEIVED" on "2025-11-10" by "NHS_BODY"
    And a delay beyond control of "school-decision-35-school-days" is recorded on "2025-12-19" because "Flooding closed the school"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" has status "BREACHED"
