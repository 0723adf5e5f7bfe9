Feature: ALN determination - learning difficulty or disability at and over compulsory school age
  A person has ALN if they have a learning difficulty or disability, whether or not it arises
  from a medical condition, which calls for additional learning provision (s.2(1)). From
  compulsory school age, a learning difficulty or disability is either (a) a significantly
  greater difficulty in learning than the majority of others of the same age, or (b) a disability
  (Equality Act 2010) that prevents or hinders use of the facilities generally provided for
  others of the same age in mainstream maintained schools or FEIs (s.2(2)). A disability that
  calls for no additional learning provision is not ALN.

  # s.2(1), s.2(2)(a), s.3(1)
  Scenario: s.2(2)(a) - a pupil with significantly greater difficulty in learning that calls for ALP has ALN
    Given the case reference is "ldd-a-01"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2015-03-15"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "needs.areas" are "cognition and learning"
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
    And the decision kinds are "ALN_DETERMINATION"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.2(2)"
    And the deciding rule cites "s.3(1)"
    And the decision used rule set "national.aln-determination" version "2021-09-01"
    And no facts are missing
    And the reason for rule "learning-difficulty-calls-for-additional-learning-provision" shows "learner.needs.significantlyGreaterDifficulty" as "true"
    And a next step in English contains "Ask the school, college or authority which of them will prepare it"
    And the Welsh summary contains "Canlyniad HAS_ALN"
    And every reason has text in English and Welsh and a citation

  # s.2(1), s.2(2)(b), s.3(1): s.2(2)(b) alone is enough; no significantly greater difficulty is needed
  Scenario: s.2(2)(b) - a pupil whose disability hinders use of generally provided facilities, calling for ALP, has ALN
    Given the decision is made in "vale-of-glamorgan" on "2025-10-01"
    And the learner was born on "2013-11-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | false |
      | needs.disabilityHindersUseOfFacilities    | true  |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And rule "no-learning-difficulty-or-disability" failed
    And the reason for rule "learning-difficulty-calls-for-additional-learning-provision" shows "learner.needs.disabilityHindersUseOfFacilities" as "true"

  # s.2(1), s.3(1): a disability is not ALN unless it calls for ALP (domain brief B1.3 "Disability does not equal ALN")
  Scenario: s.2(1) - a disability that hinders use of facilities but calls for no additional or different provision is not ALN
    Given the decision is made in "pembrokeshire" on "2025-10-01"
    And the learner was born on "2013-11-02"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | false |
      | needs.disabilityHindersUseOfFacilities    | true  |
      | provision.additionalOrDifferentRequired   | false |
      | provision.reasonableAdjustmentsConsidered | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "does-not-call-for-additional-or-different-provision"
    And the deciding rule cites "s.3(1)"
    And no facts are missing

  # s.2(2)(a)-(b): neither limb met - slow progress or low attainment alone is no learning difficulty (domain brief B1.3)
  Scenario: s.2(2) - a pupil with neither significantly greater difficulty nor a hindering disability has no ALN, even if the school asks for extra provision
    Given the decision is made in "monmouthshire" on "2025-10-01"
    And the learner was born on "2014-01-20"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | false   |
      | needs.disabilityHindersUseOfFacilities    | false   |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | true    |
      | provision.reasonableAdjustmentsConsidered | unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "no-learning-difficulty-or-disability"
    And the deciding rule cites "s.2(2)(a) and (b)"
    And the English summary contains "Slow progress or low attainment alone is not enough"
    And no facts are missing

  # s.2(1): "whether or not the learning difficulty or disability arises from a medical condition"
  Scenario: s.2(1) - a learning difficulty arising from a medical condition is ALN when it calls for ALP
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner was born on "2012-07-08"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.arisesFromMedicalCondition          | true  |
      | needs.significantlyGreaterDifficulty      | true  |
      | needs.disabilityHindersUseOfFacilities    | false |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And the English summary contains "whether or not it arises from a medical condition"

  # s.2(1)-(2); a young person is over compulsory school age and under 25 - the Act applies to them as to a child
  Scenario: s.2(2) - a young person of 19 at a further education institution with a learning difficulty calling for ALP has ALN
    Given the case reference is "yp-19-01"
    And the decision is made in "neath-port-talbot" on "2025-10-01"
    And the learner was born on "2006-04-20"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
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
    And rule "aged-25-or-over" failed
    And no facts are missing
