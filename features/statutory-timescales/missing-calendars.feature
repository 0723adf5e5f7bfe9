Feature: Statutory timescales - a deadline that needs a calendar the rules do not have is reported as missing, never guessed
  School days are counted only on a term calendar in rules/calendars/, and reg 2(4)'s move to the
  next working day only on the bank-holiday list (rules/calendars/README.md: "Nothing fills a gap:
  a year with no data is reported as a missing calendar, never guessed from weekdays"). When a
  deadline needs a calendar that is not there, the outcome is MORE_INFORMATION_NEEDED and the
  missing information names the calendar (which authority or setting, which academic year), while
  deadlines that need no missing data are still worked out. A calendar is not a fact the caller
  can give, so it is never listed among the missing facts.

  Background:
    Given the case reference is "timescales-missing-calendar"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"

  # Code 12.12 [S]; rules/calendars/authorities.json lists no year for powys ("powys": []); its notes say Powys
  # 2026-27 is not listed because Powys's autumn end date was not found.
  Scenario: Code 12.12 - a Powys school's 35 school days in 2026-27 need Powys's school calendar, which the rules do not have
    Given the decision is made in "powys" on "2026-10-01"
    And the learner's "setting.authority" is "powys"
    And the event "BROUGHT_TO_ATTENTION" on "2026-09-21" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the school calendar of "powys" for "2026-27"
    And there is no deadline "school-decision-35-school-days"
    And the English summary contains "never guessed by weekdays"
    And a next step in English contains "Record the missing information"

  # Code 12.12 [S]; authorities.json gives carmarthenshire 2024-25, 2025-26 and 2026-27 only: no term file before
  # 2024-25 exists under terms/wales-harmonised/. Brought to attention Mon 2024-06-10, so day 1 (2024-06-11) is in 2023-24.
  Scenario: Code 12.12 - a period starting in the 2023-24 school year, before the earliest calendar the rules hold, is not guessed
    Given the decision is made in "carmarthenshire" on "2024-06-20"
    And the learner's "setting.authority" is "carmarthenshire"
    And the event "BROUGHT_TO_ATTENTION" on "2024-06-10" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the school calendar of "carmarthenshire" for "2023-24"

  # Code 12.12 [S]; authorities.json lists newport for 2026-27 only (the 2025-26 Welsh Government list was cut off
  # after Cardiff): wales-harmonised 2025-26 is not assumed for Newport even though most authorities use it.
  Scenario: Code 12.12 - a Newport school in 2025-26 is not assumed to follow the harmonised dates its neighbours use
    Given the decision is made in "newport" on "2025-10-10"
    And the learner's "setting.authority" is "newport"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the school calendar of "newport" for "2025-26"

  # Code 12.12 [S]; issue 9 (INSET days). Gwynedd follows wales-harmonised in 2025-26 and 2026-27, and Ysgol
  # Brynrefail's own INSET days are recorded for 2025-26 only (rules/calendars/settings/ysgol-brynrefail.json). Brought
  # to attention Wed 2026-07-15: Jul 16, 17 (2); Mon 20 Jul is the school's INSET day and the last day of term; 33
  # school days remain and the next would be in 2026-27, when the school's INSET days are not known. Before issue 9 this
  # scenario ran a Cardiff school on the authority's dates to the end of 2026-27 and asked for 2027-28.
  Scenario: Code 12.12 - a period that runs past the last school year whose INSET days the rules hold for the school asks for the school's next year
    Given the decision is made in "gwynedd" on "2026-07-16"
    And the learner's "setting.authority" is "gwynedd"
    And the learner's "setting.reference" is "ysgol-brynrefail"
    And the event "BROUGHT_TO_ATTENTION" on "2026-07-15" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the calendar of setting "ysgol-brynrefail" in "gwynedd" for "2026-27"
    And no facts are missing

  # Code 12.12 [S]: which school calendar applies depends on the authority that maintains the school.
  Scenario: Code 12.12 - school days cannot be counted without knowing which authority maintains the school
    Given the decision is made in "cardiff" on "2025-10-10"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.authority"

  # Code 12.12 [S] and reg 11 [P]. The school's days need the missing powys 2026-27 calendar; the NHS body's six
  # weeks do not: received Mon 2026-09-21, six weeks beginning Tue 2026-09-22 end 2026-09-21 + 42 days = Mon
  # 2026-11-02, a working day in bank-holidays/england-and-wales.json (2026 has no bank holiday between 31 Aug and 25 Dec).
  Scenario: Reg 11 - the NHS body's six weeks are still worked out when the school's calendar is missing
    Given the decision is made in "powys" on "2026-10-01"
    And the learner's "setting.authority" is "powys"
    And the event "BROUGHT_TO_ATTENTION" on "2026-09-21" by "SCHOOL"
    And the event "S20_REFERRAL_RECEIVED" on "2026-09-21" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the school calendar of "powys" for "2026-27"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" is due on "2026-11-02"
    And the deadline "nhs-reply-to-s20-referral-6-weeks" has status "OPEN"

  # Reg 12 [P] with reg 2(4) [P]. bank-holidays/england-and-wales.json covers 2024-2027 only ("years": [2024, 2025,
  # 2026, 2027]). A school's cease notice on Fri 2027-12-10: four weeks beginning Sat 11 December end 2027-12-10 + 28
  # days = Fri 2028-01-07; whether that day is a working day, and so whether reg 2(4) moves it, cannot be known
  # without the 2028 list.
  Scenario: Reg 2(4) - four weeks ending in 2028 need the 2028 bank holidays, which the rules do not yet have
    Given the decision is made in "cardiff" on "2027-12-15"
    And the learner's "setting.authority" is "cardiff"
    And the event "CEASE_NOTICE_GIVEN" on "2027-12-10" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the bank holidays of 2028
    And no facts are missing
    And there is no deadline "request-to-reconsider-cease-decision-4-weeks"

  # ss.23(1)-(2) [P] (issue 9 item 5). The review period is the Act's, so no roll-forward applies and no bank holiday
  # list is needed: an IDP given on Mon 2027-03-01 is reviewed within 12 months starting with that date, ending Tue
  # 2028-02-29 (2028 is a leap year). Before issue 9 the engine moved every period off a non-working day, so it needed the
  # 2028 list for this review and answered MORE_INFORMATION_NEEDED.
  Scenario: ss.23 - an IDP review falling in 2028 needs no bank holidays, since the Act's period does not roll forward
    Given the decision is made in "cardiff" on "2027-03-10"
    And the learner's "setting.authority" is "cardiff"
    And the event "IDP_GIVEN" on "2027-03-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "idp-review-12-months" is due on "2028-02-29"
    And the deadline "idp-review-12-months" does not roll forward
