Feature: Post-16 reasonable needs - unknown facts
  Unknown is not false (DEVELOPERS.md "How a decision is made"): when the answer depends on facts
  that were not given the outcome is MORE_INFORMATION_NEEDED, and the missing facts are exactly those
  that could change the answer - never a fact that was given or cannot matter. The tests are those
  of s.14(1)(c) and (3) of the Act and regs 8-10 and Sch 1 of the ALN (Wales) Regulations 2021.

  Background:
    Given the case reference is "post16-unknown"
    And the decision is made in "flintshire" on "2025-10-01"
    And the learner was born on "2006-03-02"
    And the learner has these facts:
      | fact                                           | value      |
      | hasAln                                         | true       |
      | consent                                        | GIVEN      |
      | homeAuthority                                  | flintshire |
      | setting.kind                                   | NONE       |
      | provision.requiresPlaceAtParticularInstitution | false      |
      | provision.requiresBoardAndLodging              | false      |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false      |
      | post16.englishInstitutionProposed              | false      |
      | post16.specialistInstitutionProposed           | false      |
      | post16.onProgramme                             | false      |
      | post16.extensionRequested                      | false      |
      | post16.ableToUndertakeProgramme                | true       |
      | post16.programmeSuitableForOutcomes            | true       |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"

  # s.14(1)(c): whether the learner is a young person under 25 turns on the date of birth
  Scenario: s.14(1)(c) - with the date of birth unknown, only the date of birth is asked for
    Given the learner's "dateOfBirth" is unknown
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.dateOfBirth"

  # s.14(1)(c)(i): the ALN decision comes first; with it not recorded and not decidable from the facts given
  Scenario: s.14(1)(c)(i) - with ALN not yet decided, the ALN decision is asked for
    Given the learner's "hasAln" is unknown
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "aln-not-yet-decided"
    And the deciding rule cites "s.14(1)(c)(i)"
    And the missing facts are "learner.hasAln"
    And a next step in English contains "First the local authority decides whether the young person has additional learning needs (s.13)"

  # s.14(3): consent decides whether there can be an IDP at all
  Scenario: s.14(3) - with consent unknown, only consent is asked for
    Given the learner's "consent" is unknown
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.consent"

  # reg 8(3)-(4): a college in England is proposed but the authority has not yet consulted it on the provision
  Scenario: reg 8(3)-(4) - a college in England proposed but not yet consulted: whether it would secure the provision is asked for
    Given the learner's "post16.englishInstitutionProposed" is true
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.englishInstitutionWouldSecureAlp"

  # reg 8(1) and Sch 1 para 1: an unknown that can only make the IDP necessary cannot change an answer that is already
  # IDP_NECESSARY, so it is not asked for
  Scenario: reg 8(1) - whether a named place is needed is unknown, but a realistic prospect makes the IDP necessary anyway
    Given the learner's "provision.requiresPlaceAtParticularInstitution" is unknown
    And the young person's desired outcome "PREVENTING_REGRESSION" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And rule "place-or-board-and-lodging-required" was undetermined
    And no facts are missing

  # Sch 1 para 1: with no desired outcomes recorded there is nothing to judge a realistic prospect against
  Scenario: Sch 1 para 1 - no desired outcomes recorded: the desired outcomes are asked for
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.desiredOutcomes"

  # Sch 1 para 1(a)-(b) [P]: ability and suitability are factors the authority weighed in reaching its recorded conclusion,
  # so with a realistic prospect recorded they are not asked for (before issue 9 they were, and decided on their own)
  Scenario: Sch 1 para 1(a)-(b) - a realistic prospect recorded but ability and suitability unknown: IDP necessary, nothing asked for
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.ableToUndertakeProgramme" is unknown
    And the learner's "post16.programmeSuitableForOutcomes" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And no facts are missing

  # Sch 1 para 1: with no realistic prospect recorded, ability and suitability cannot change the answer
  Scenario: Sch 1 para 1 - no realistic prospect of any outcome: ability and suitability unknown are not asked for
    Given the young person's desired outcome "EMPLOYMENT" has no realistic prospect
    And the learner's "post16.ableToUndertakeProgramme" is unknown
    And the learner's "post16.programmeSuitableForOutcomes" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And no facts are missing
