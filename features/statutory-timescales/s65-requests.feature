Feature: Statutory timescales - replies to requests for information or help under section 65
  A body asked under s.65 for information or help replies within six weeks of receiving the request.
  The six weeks are NOT CONFIRMED (domain brief B5 marks this row [U]): the rule
  reply-to-s65-request-6-weeks is configurable, cites confidence "U" and its text says "(not
  confirmed: configurable)".

  Background:
    Given the case reference is "timescales-s65"
    And the decision is made in "cardiff" on "2025-12-20"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "cardiff"

  # s.65 with the six weeks [U] (brief B5). Request received Mon 2025-11-03 by the authority; + 42 days = Mon
  # 2025-12-15 (working day). The authority replies on 2025-12-10: met.
  Scenario: s.65 (not confirmed) - an authority asked for help on 3 November 2025 replies within six weeks, by 15 December
    Given the event "S65_REQUEST_RECEIVED" on "2025-11-03" by "LOCAL_AUTHORITY"
    And the event "RESPONSE_GIVEN" on "2025-12-10" by "LOCAL_AUTHORITY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "reply-to-s65-request-6-weeks" is due on "2025-12-15"
    And the deadline "reply-to-s65-request-6-weeks" cites "not confirmed" with confidence "U"
    And the deadline "reply-to-s65-request-6-weeks" counts "CALENDAR_WEEKS" from "S65_REQUEST_RECEIVED" on "2025-11-03"
    And the deadline "reply-to-s65-request-6-weeks" has status "MET"
    And rule "reply-to-s65-request-6-weeks" passed
    And every reason has text in English and Welsh and a citation

  # s.65: the body asked must reply. Here the authority received an s.65 request
  # (Mon 2025-11-03, due Mon 2025-12-15 as above) and has not replied; the only RESPONSE_GIVEN is the NHS body's
  # reply to its own s.20 referral (received Wed 2025-11-05, due 2025-12-17; replied 2025-11-20: met). The NHS
  # body's reply cannot answer the authority's request, so on 2025-12-20 the s.65 reply is breached.
  Scenario: s.65 (not confirmed) - an NHS body's reply to its own referral does not answer a request made to the authority
    Given the event "S65_REQUEST_RECEIVED" on "2025-11-03" by "LOCAL_AUTHORITY"
    And the event "S20_REFERRAL_RECEIVED" on "2025-11-05" by "NHS_BODY"
    And the event "RESPONSE_GIVEN" on "2025-11-20" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the deadline "nhs-reply-to-s20-referral-6-weeks" has status "MET"
    And the deadline "reply-to-s65-request-6-weeks" has status "BREACHED"
