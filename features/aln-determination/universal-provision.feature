Feature: ALN determination - universal provision and provision "additional to or different from"
  Additional learning provision for a person aged three or over is provision additional to or
  different from that made generally for others of the same age in mainstream maintained schools,
  FEIs or nursery education in Wales (s.3(1)). Needs met by universal provision - the strategies
  available to all learners - call for no ALP, so there is no ALN (s.2(1)). A diagnosis is
  neither needed nor enough.

  # ss.2(1), 3(1); domain brief part C, example scenario 3
  Scenario: ss.2(1), 3(1) - a diagnosed disability fully met by strategies available to all learners is not ALN
    Given the case reference is "universal-01"
    And the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2016-05-05"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "provision.tier" is "universal"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.arisesFromMedicalCondition          | true  |
      | needs.disabilityHindersUseOfFacilities    | true  |
      | provision.metByUniversalProvision         | true  |
      | provision.additionalOrDifferentRequired   | false |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule cites "s.3(1)"
    And the English summary contains "A diagnosis alone does not decide this"
    And no facts are missing
    And a next step in English contains "reconsider it (s.26)"

  # ss.2(1), 3(1); domain brief B1.3 "Universal provision" and part C scenario 3: needs met by what is made generally
  # for all learners are, by definition, not needs for provision additional to or different from it. Once the school
  # records that the needs are met by universal provision, whether additional or different provision is required
  # cannot change the answer and must not be asked for.
  Scenario: ss.2(1), 3(1) - needs recorded as met by universal provision are no ALN without a separate "additional or different" answer
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner was born on "2016-05-05"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.arisesFromMedicalCondition          | true    |
      | needs.significantlyGreaterDifficulty      | false   |
      | needs.disabilityHindersUseOfFacilities    | true    |
      | provision.metByUniversalProvision         | true    |
      | provision.additionalOrDifferentRequired   | unknown |
      | provision.reasonableAdjustmentsConsidered | true    |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "met-by-universal-provision"
    And no facts are missing

  # s.3(1), s.2(1): a significantly greater difficulty that calls for nothing beyond what Welsh mainstream settings make generally is not ALN
  Scenario: s.3(1) - a significantly greater difficulty that does not call for additional or different provision is not ALN
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner was born on "2014-02-11"
    And the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | true    |
      | needs.disabilityHindersUseOfFacilities    | false   |
      | provision.metByUniversalProvision         | unknown |
      | provision.additionalOrDifferentRequired   | false   |
      | provision.reasonableAdjustmentsConsidered | unknown |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "does-not-call-for-additional-or-different-provision"
    And the deciding rule cites "s.3(1)"
    And the deciding rule cites "s.2(1)"
    And the English summary contains "mainstream settings in Wales"
    And the Welsh summary contains "Canlyniad NO_ALN"
    And no facts are missing
