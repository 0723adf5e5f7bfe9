Feature: Statutory timescales - further education institutions count term-time days on the FEI's own calendar
  An FEI decides and gives the IDP or a notice within 35 term-time days (ALN Code 2021 para 16.16,
  as cited [S]) of the later of the possible ALN being brought to its attention and the young
  person's consent: the duty arises on attention and consent is its condition (s.11(2), (3)(c) [P];
  issue 9 item 7). The young person's consent is read from learner.consent. It also replies to an authority's request to
  transfer an IDP within 20 term-time days beginning the day after receipt (ALN (Wales) Regulations
  2021 reg 13(2) [P]). Term-time days are the FEI's own terms, not a school calendar: FEIs set their
  own term dates. rules/calendars/ holds school calendars only (every terms/wales-harmonised/*.json
  file has "kind": "SCHOOL"; rules/calendars/README.md), so every FEI term-time deadline must be
  reported as a missing FEI calendar, never counted on the school calendar of the FEI's authority.

  Background:
    Given the case reference is "timescales-fei"
    And the decision is made in "cardiff" on "2025-11-20"
    And the learner was born on "2008-03-01"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the learner's "setting.authority" is "cardiff"

  # Code 16.16 [S]: 35 term-time days from consent, on the FEI's own terms; no FEI calendar (a terms file with "kind": "FEI")
  # is in rules/calendars/, so the deadline cannot be worked out, and counting on a school calendar would be a guess.
  Scenario: Code 16.16 - an FEI's 35 term-time days from consent cannot be counted without an FEI term calendar
    Given the learner's "consent" is "GIVEN"
    And the event "CONSENT_GIVEN" on "2025-10-01" by "FEI"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.reference"
    And there is no deadline "fei-decision-35-term-time-days"

  # Reg 13(2) [P]: 20 term-time days beginning the day after the FEI receives the authority's transfer request,
  # on the FEI's own terms; no FEI calendar is in rules/calendars/. The setting reference names the FEI's own
  # calendar, which does not exist yet.
  Scenario: Reg 13(2) - an FEI's 20 term-time days to reply to a transfer request need the FEI's own term calendar
    Given the learner's "setting.reference" is "cardiff-fei-example"
    And the event "TRANSFER_REQUEST_RECEIVED" on "2025-11-10" by "FEI"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing information includes the FEI calendar of "cardiff-fei-example" for "2025-26"
    And no facts are missing
    And there is no deadline "fei-reply-to-transfer-request-20-term-time-days"

  # s.11(3)(c) [P]; domain brief scenario 5: "a 17-year-old FEI student who has not consented ... makes no
  # decision, starts no clock". Code 16.16 [S] and the rule's own text run the 35 term-time days from consent;
  # an FEI's learners under s.11 are young people, so there is no child's "brought to attention" clock.
  Scenario: s.11(3)(c) - a 17-year-old FEI student who has not consented starts no clock when a concern reaches the FEI
    Given the learner's "consent" is "NOT_SOUGHT"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "FEI"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And there is no deadline "fei-decision-35-term-time-days"

  # s.11(2), (3)(c) [P]: with consent recorded, whether the young person consented is known; with it not recorded and only
  # a concern raised, whether a clock runs depends on it, so it is asked for
  Scenario: s.11(3)(c) - a concern raised with an FEI when the young person's consent is not recorded: consent is asked for
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "FEI"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.consent"
