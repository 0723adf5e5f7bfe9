Feature: ALN determination - invalid requests are rejected, naming the field
  A request the service cannot decide on is refused, not guessed at, and the refusal names each
  bad field by its proto3 JSON name so the caller can correct it. Valid requests at the edges
  (a learner born on the decision date) are accepted.

  # Contract: learner.dateOfBirth is a date written YYYY-MM-DD; age drives ss.2(2)-(3) and 3(1)-(2)
  Scenario Outline: Contract - a date of birth that is not a YYYY-MM-DD date is rejected (<date of birth>)
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "<date of birth>"
    And the learner's "needs.solelyLanguageOfHome" is true
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "learner.dateOfBirth"

    Examples:
      | date of birth |
      | 2015-13-01    |
      | 2015-02-30    |
      | 15/03/2015    |
      | 2015-3-15     |
      | next week     |

  # Contract: a learner cannot be born after the decision is made
  Scenario: Contract - a date of birth after the decision date is rejected
    Given the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2025-10-02"
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "learner.dateOfBirth"

  # Contract edge; s.3(2): a baby born on the decision date is valid and is under three
  Scenario: s.3(2) - a learner born on the decision date is accepted and decided as under three
    Given the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2025-10-01"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | provision.anyEducationalProvisionRequired | false |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "under-three-no-educational-provision-called-for"

  # Contract: authority is one of the 22 Welsh local authority codes
  Scenario Outline: Contract - a decision authority that is not a Welsh authority code is rejected (<authority>)
    Given the decision is made in "<authority>" on "2025-10-01"
    And the learner was born on "2015-03-15"
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "authority"

    Examples:
      | authority |
      | atlantis  |
      | england   |
      | national  |

  # Contract: learner.homeAuthority is a Welsh authority code, "england" or "outside-wales-and-england"
  Scenario: Contract - an unknown home authority code is rejected
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner's "homeAuthority" is "bristol"
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "learner.homeAuthority"

  # Contract: caseReference is required (the caller's pseudonymous reference)
  Scenario: Contract - a missing case reference is rejected
    Given the case reference is ""
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2015-03-15"
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "caseReference"

  # Contract: decisionDate selects the rule versions in force, so it must be a real date
  Scenario: Contract - a decision date that is not a date is rejected
    Given the decision is made in "cardiff" on "2025-02-29"
    And the learner was born on "2015-03-15"
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "decisionDate"

  # Contract: every bad field is reported at once
  Scenario: Contract - a request with several bad fields names each of them
    Given the case reference is ""
    And the decision is made in "atlantis" on "2025-10-01"
    And the learner was born on "2026-01-01"
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "caseReference"
    And the request is rejected for the field "authority"
    And the request is rejected for the field "learner.dateOfBirth"

  # s.3(1): "met by universal provision" and "additional or different provision required" answer one question
  Scenario: s.3(1) - a request saying needs are met by universal provision and also call for additional provision is refused
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2016-05-05"
    And the learner's "provision.metByUniversalProvision" is true
    And the learner's "provision.additionalOrDifferentRequired" is true
    When the "ALN_DETERMINATION" decision is made
    Then the request is rejected for the field "learner.provision.metByUniversalProvision"
