Feature: IDP responsibility - an IDP needs ALN
  The duty to prepare and maintain an IDP arises only for a learner with ALN (s.12(1), s.14(1)). The
  IDP decision takes ALN from the caller's recorded determination (learner.hasAln) when given, else
  from this request's own ALN_DETERMINATION decision (ss.2-3). Asked for every applicable decision,
  the service answers both.

  Background:
    Given the case reference is "idp-needs-aln"
    And the decision is made in "torfaen" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                           | value                   |
      | homeAuthority                                  | torfaen                 |
      | existingIdp.maintainedBy                       | NONE                    |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | torfaen                 |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |

  # ss.2(2)(a), 3(1) then s.12(1): the request's own ALN decision finds ALN, and the IDP decision follows from it
  Scenario: ss.2-3 then s.12(1) - every applicable decision: ALN found from the facts, and the school maintains the IDP
    Given the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | true  |
      | needs.disabilityHindersUseOfFacilities    | false |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION, IDP_RESPONSIBILITY"
    And the "ALN_DETERMINATION" outcome is "HAS_ALN"
    And the "IDP_RESPONSIBILITY" outcome is "SCHOOL"

  # ss.2-3 then s.12(1): the request's own ALN decision finds ALN, and the school's referral ground takes the IDP to the authority
  Scenario: ss.2-3 then s.12(2)(a) - ALN found from the facts with provision the school cannot reasonably secure goes to the authority
    Given the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | false |
      | needs.disabilityHindersUseOfFacilities    | true  |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
      | provision.reasonableForSchoolToSecure     | false |
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "school-refers-to-authority"

  # s.3(1) then s.12(1): needs met by universal provision are not ALN, so there is no IDP
  Scenario: s.3(1) then s.12(1) - every applicable decision: needs met by universal provision are no ALN, so no IDP decision applies
    Given the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | true  |
      | provision.metByUniversalProvision         | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION"
    And the "ALN_DETERMINATION" outcome is "NO_ALN"

  # s.12(1): a recorded determination (hasAln) is used as given; the learner's needs facts are not asked for
  Scenario: s.12(1) - with ALN recorded, the IDP decision does not ask for the needs facts behind it
    Given the learner's "hasAln" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And no facts are missing

  # The contract (issue 3): IDP_RESPONSIBILITY is NOT_APPLICABLE when there is no ALN "or it is not yet decided"; the ALN
  # decision itself says which facts it needs. With every applicable decision asked for, a NOT_APPLICABLE answer is left out.
  Scenario: ss.2-3 and s.12(1) - when ALN cannot yet be decided, the ALN decision asks for the facts and no IDP decision is given yet
    Given the learner has these facts:
      | fact                                      | value   |
      | needs.solelyLanguageOfHome                | false   |
      | needs.significantlyGreaterDifficulty      | unknown |
      | needs.disabilityHindersUseOfFacilities    | unknown |
      | provision.metByUniversalProvision         | false   |
      | provision.additionalOrDifferentRequired   | true    |
      | provision.reasonableAdjustmentsConsidered | true    |
    When every applicable decision is made
    Then the "ALN_DETERMINATION" outcome is "MORE_INFORMATION_NEEDED"
    And the decision kinds are "ALN_DETERMINATION"
