Feature: ALN determination - unknown facts
  Unknown is not false. When the answer depends on facts that were not given, the outcome is
  MORE_INFORMATION_NEEDED and the missing facts name exactly the facts that could change the
  answer - never a fact that cannot. The tests are those of ss.2-3 of the Act: a learning
  difficulty or disability (s.2(2)-(4)) that calls for additional learning provision (s.3).

  # s.2(1), s.3(1): with no additional or different provision called for there is no ALP, so the needs facts cannot matter
  Scenario: s.3(1) - no additional or different provision called for is no ALN even when the needs are unknown
    Given the decision is made in "merthyr-tydfil" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                              | value   |
      | needs.solelyLanguageOfHome                        | false   |
      | needs.significantlyGreaterDifficulty              | unknown |
      | needs.disabilityHindersUseOfFacilities            | unknown |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | unknown |
      | provision.metByUniversalProvision                 | unknown |
      | provision.additionalOrDifferentRequired           | false   |
      | provision.reasonableAdjustmentsConsidered         | unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "does-not-call-for-additional-or-different-provision"
    And no facts are missing

  # s.2(1), s.3(1), s.2(4): s.2(4) can only take away a learning difficulty; with no ALP called for the answer is
  # "no ALN" whether or not the difficulty arises solely from the home language, so that fact cannot matter.
  Scenario: s.3(1) - no additional or different provision called for is no ALN even when nothing is known about the needs
    Given the decision is made in "merthyr-tydfil" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                              | value   |
      | needs.solelyLanguageOfHome                        | unknown |
      | needs.significantlyGreaterDifficulty              | unknown |
      | needs.disabilityHindersUseOfFacilities            | unknown |
      | provision.additionalOrDifferentRequired           | false   |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And no facts are missing

  # s.2(3): below compulsory school age and not likely to meet s.2(2) at that age there is no learning difficulty or
  # disability, so whether provision is additional or different cannot change the "no ALN" answer.
  Scenario: s.2(3) - a four-year-old not likely to meet the definition at school age is no ALN without asking about provision
    Given the decision is made in "torfaen" on "2025-10-01"
    And the learner was born on "2021-06-15"
    And the learner has these facts:
      | fact                                              | value   |
      | needs.solelyLanguageOfHome                        | false   |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | false   |
      | provision.metByUniversalProvision                 | unknown |
      | provision.additionalOrDifferentRequired           | unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "below-compulsory-school-age-not-likely-to-meet-definition"
    And no facts are missing

  # s.2(2)(a)-(b): with ALP called for, whether there is a learning difficulty or disability decides, so both limbs are needed
  Scenario: s.2(2) - with neither limb of the definition known, both are asked for and nothing else
    Given the case reference is "unknown-01"
    And the decision is made in "gwynedd" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                              | value   |
      | needs.solelyLanguageOfHome                        | false   |
      | needs.significantlyGreaterDifficulty              | unknown |
      | needs.disabilityHindersUseOfFacilities            | unknown |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | unknown |
      | provision.metByUniversalProvision                 | false   |
      | provision.additionalOrDifferentRequired           | true    |
      | provision.anyEducationalProvisionRequired         | unknown |
      | provision.reasonableAdjustmentsConsidered         | true    |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.needs.significantlyGreaterDifficulty, learner.needs.disabilityHindersUseOfFacilities"
    And rule "no-learning-difficulty-or-disability" was undetermined
    And the English summary contains "no decision is guessed"
    And a next step in English contains "Record the missing information"

  # s.2(2)(a)-(b) are alternatives: one limb met settles the learning difficulty or disability, so the other cannot matter
  Scenario: s.2(2)(b) - a hindering disability that calls for ALP is ALN without knowing whether learning is significantly harder
    Given the decision is made in "gwynedd" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | unknown |
      | needs.disabilityHindersUseOfFacilities    | true    |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | true    |
      | provision.reasonableAdjustmentsConsidered | true    |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And no facts are missing

  # s.3(1) with s.2(2)(a): a learning difficulty is known (limb (a)), so limb (b) cannot matter; only whether it calls
  # for additional or different provision decides.
  Scenario: s.3(1) - a significantly greater difficulty with the provision question unanswered needs that one fact
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | true    |
      | needs.disabilityHindersUseOfFacilities    | unknown |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | unknown |
      | provision.reasonableAdjustmentsConsidered | true    |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.provision.additionalOrDifferentRequired"

  # s.2(2)(a): only the learning difficulty can change the answer; an unrecorded reasonable-adjustments consideration is not
  # asked for, because ss.2-3 do not turn on it (issue 9)
  Scenario: s.2(2)(a) - an unknown learning difficulty is asked for, and unrecorded reasonable adjustments are not
    Given the decision is made in "conwy" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | unknown |
      | needs.disabilityHindersUseOfFacilities    | false   |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | true    |
      | provision.reasonableAdjustmentsConsidered | unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.needs.significantlyGreaterDifficulty"

  # ss.2(2)-(3), 3(1)-(2) and the Act's age limit (under 25): age decides which test applies, so an unknown date of birth is asked for
  Scenario: ss.2-3 - with the date of birth unknown, more information is needed and only the date of birth is asked for
    Given the case reference is "unknown-dob-01"
    And the decision is made in "newport" on "2025-10-01"
    And the learner's "dateOfBirth" is unknown
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.significantlyGreaterDifficulty              | true  |
      | needs.disabilityHindersUseOfFacilities            | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | true  |
      | provision.metByUniversalProvision                 | false |
      | provision.additionalOrDifferentRequired           | true  |
      | provision.anyEducationalProvisionRequired         | true  |
      | provision.reasonableAdjustmentsConsidered         | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.dateOfBirth"
    And rule "aged-25-or-over" was undetermined
