Feature: ALN determination - reasonable adjustments are a reminder, not a condition of "has ALN"
  Sections 2 and 3 of the Act decide whether a person has ALN; neither makes the consideration of
  reasonable adjustments (Equality Act 2010) a condition. The WLGA and ADEW told the Senedd
  (26 September 2023, para 11) of a need to reinforce the public sector equality duty so that
  learners are not determined to have ALN before reasonable adjustments are considered: that is
  practice, so a "has ALN" answer carries it as a reminder in its next steps and never waits for it
  (issue 9: the former gate answered MORE_INFORMATION_NEEDED, which the law does not support).

  # ss.2(1)-(2), 3(1) [P]: the statutory test is met, so HAS_ALN; the reasonable-adjustments record changes nothing
  Scenario: ss.2-3 - reasonable adjustments recorded as not considered do not hold back has ALN; the answer reminds the school of them
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
    Then the outcome is "HAS_ALN"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And no facts are missing
    And the deciding rule cites "WLGA and ADEW"
    And a next step in English contains "A reminder, not a legal condition of this decision"
    And a next step in Welsh contains "Nodyn atgoffa, nid amod cyfreithiol"

  # ss.2-3 [P]: an unrecorded consideration is not a missing fact, because no rule turns on it
  Scenario: ss.2-3 - reasonable adjustments not recorded at all are not asked for
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
    Then the outcome is "HAS_ALN"
    And no facts are missing

  # s.2(3), s.3(1) [P]: a child of three or over, below school age, is treated the same way
  Scenario: s.2(3) - a four-year-old who would have ALN has ALN whether or not reasonable adjustments were considered
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
    Then the outcome is "HAS_ALN"
    And the deciding rule is "below-compulsory-school-age-calls-for-additional-learning-provision"
    And a next step in English contains "reasonable adjustments under the Equality Act 2010"

  # s.3(1), s.2(1) [P]: a "no ALN" answer carries no reminder
  Scenario: s.3(1) - a disability calling for no additional or different provision is no ALN, with no reasonable-adjustments reminder
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
    And no facts are missing
