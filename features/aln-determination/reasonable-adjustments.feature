Feature: ALN determination - reasonable adjustments are considered before "has ALN"
  Learners should not be determined to have ALN before it is considered whether reasonable
  adjustments under the Equality Act 2010 (s.20; public sector equality duty s.149) would remove
  the barrier (domain brief part A; WG response to the Estyn ALN review, 3 October 2023). A
  decision that would otherwise be "has ALN" without that consideration recorded is "more
  information needed". A "no ALN" answer does not depend on it.

  # Domain brief part A ("Reasonable adjustments first"); Equality Act 2010 s.20
  Scenario: Equality Act 2010 s.20 - reasonable adjustments recorded as not considered gives more information needed, not has ALN
    Given the case reference is "ra-01"
    And the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | true  |
      | needs.disabilityHindersUseOfFacilities    | false |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | false |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "reasonable-adjustments-not-yet-considered"
    And the missing facts are "learner.provision.reasonableAdjustmentsConsidered"
    And the deciding rule cites "Equality Act 2010"
    And a next step in English contains "Record whether reasonable adjustments have been considered"
    And rule "learning-difficulty-calls-for-additional-learning-provision" was not applicable

  # Domain brief part A ("Reasonable adjustments first"): not recorded at all is the same as not considered
  Scenario: Equality Act 2010 s.20 - reasonable adjustments not recorded at all gives more information needed naming that fact only
    Given the decision is made in "torfaen" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | false   |
      | needs.disabilityHindersUseOfFacilities    | true    |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | true    |
      | provision.reasonableAdjustmentsConsidered | unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.provision.reasonableAdjustmentsConsidered"
    And rule "reasonable-adjustments-not-yet-considered" was undetermined

  # s.2(3), s.3(1) with domain brief part A: a child of three or over, below school age, is treated the same way
  Scenario: s.2(3) - a four-year-old who would have ALN, with reasonable adjustments not considered, needs more information
    Given the decision is made in "blaenau-gwent" on "2025-10-01"
    And the learner was born on "2021-06-15"
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | true  |
      | provision.metByUniversalProvision                 | false |
      | provision.additionalOrDifferentRequired           | true  |
      | provision.reasonableAdjustmentsConsidered         | false |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "reasonable-adjustments-not-yet-considered"
    And the missing facts are "learner.provision.reasonableAdjustmentsConsidered"

  # s.3(1), s.2(1): reasonable adjustments only guard a "has ALN" answer; a "no ALN" answer never waits for them
  Scenario: s.3(1) - a disability calling for no additional or different provision is no ALN even though reasonable adjustments were not considered
    Given the decision is made in "isle-of-anglesey" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.disabilityHindersUseOfFacilities    | true  |
      | provision.additionalOrDifferentRequired   | false |
      | provision.reasonableAdjustmentsConsidered | false |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "does-not-call-for-additional-or-different-provision"
    And rule "reasonable-adjustments-not-yet-considered" was not applicable
    And no facts are missing
