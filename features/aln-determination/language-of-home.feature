Feature: ALN determination - difficulty arising solely from the language of the home
  Section 2(4) of the Act: a person does not have a learning difficulty or disability solely
  because the language in which they are (or will be) taught differs from a language used at
  home (s.2(4) [P]; Welsh text: "nid yw hynny'n unig yn golygu bod gan y person anhawster dysgu neu
  anabledd"). Such a learner has no learning difficulty or disability, so no ALN, whatever else is
  known about them.

  # s.2(4); domain brief part C, example scenario 1
  Scenario: s.2(4) - a pupil whose only barrier is that Welsh-medium teaching differs from the home language has no ALN
    Given the case reference is "lang-home-01"
    And the decision is made in "gwynedd" on "2025-10-01"
    And the learner was born on "2017-02-14"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "needs.solelyLanguageOfHome" is true
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "difficulty-solely-from-language-of-home"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.2(4)"
    And no facts are missing
    And the English summary contains "does not have a learning difficulty or disability solely because of that (s.2(4))"
    And the Welsh summary contains "Nid yw hynny'n unig yn golygu bod gan berson anhawster dysgu neu anabledd"
    And the Welsh summary contains "Canlyniad NO_ALN"
    And a next step in English contains "reconsider it (s.26)"
    And a next step in English contains "Education Tribunal for Wales (s.70)"
    And every reason has text in English and Welsh and a citation

  # s.2(4) decides "no" before any provision question: the provision facts cannot change the outcome
  Scenario: s.2(4) - language of the home alone is no ALN even when the school thinks extra provision is needed
    Given the decision is made in "ceredigion" on "2025-10-01"
    And the learner was born on "2016-09-03"
    And the learner has these facts:
      | fact                                     | value   |
      | needs.solelyLanguageOfHome               | true    |
      | provision.additionalOrDifferentRequired  | true    |
      | provision.reasonableAdjustmentsConsidered| unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "difficulty-solely-from-language-of-home"
    And no facts are missing

  # s.2(4) turns on "solely": a difficulty with another cause as well is judged under s.2(2) and s.3(1)
  Scenario: s.2(4) - a significantly greater difficulty that does not arise solely from the home language can be ALN
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | true  |
      | needs.disabilityHindersUseOfFacilities    | false |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And rule "difficulty-solely-from-language-of-home" failed

  # s.2(4): whether the difficulty arises solely from the home language can change a "has ALN" answer, so it must be asked
  Scenario: s.2(4) - when it is not known whether the difficulty arises solely from the home language, more information is needed
    Given the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | unknown |
      | needs.significantlyGreaterDifficulty      | true    |
      | needs.disabilityHindersUseOfFacilities    | false   |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | true    |
      | provision.reasonableAdjustmentsConsidered | true    |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.needs.solelyLanguageOfHome"
    And rule "difficulty-solely-from-language-of-home" was undetermined
