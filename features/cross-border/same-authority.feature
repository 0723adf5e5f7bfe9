Feature: Cross-border - learners who are not cross-border
  The authority responsible for a learner is the one in whose area the learner is (s.99(4) of the
  Act; Explanatory Notes para 73; Nodi 03.06, domain brief B4.1). When the learner lives in the
  authority that maintains their setting nothing is cross-border: the outcome is NOT_CROSS_BORDER,
  and when every applicable decision is asked for the CROSS_BORDER kind is left out.

  Background:
    Given the case reference is "cross-border-same"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2015-03-02"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | homeAuthority                                  | cardiff                 |
      | existingIdp.maintainedBy                       | NONE                    |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | cardiff                 |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # s.99(4); Explanatory Notes para 73: home and school in the same authority
  Scenario: s.99(4) - a Cardiff pupil at a Cardiff school is not cross-border
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"
    And the deciding rule is "home-and-school-in-same-authority"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.99(4)"
    And the decision's "principlesConflict" is unset
    And the decision's "fundingAuthority" is unset
    And no facts are missing
    And every reason has text in English and Welsh and a citation

  # s.99(4): the same for a pupil in a resource base, whose IDP the authority maintains (national baseline)
  Scenario: s.99(4) - a Cardiff pupil in a Cardiff resource base is not cross-border either
    Given the learner's "setting.specialistClass" is "RESOURCE_BASE"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"
    And no facts are missing

  # s.35(7)-(8) is a transfer across a border; a learner whose authority IDP came from Newport but who now lives and
  # attends school in Cardiff is not cross-border (who maintains the IDP is the IDP_RESPONSIBILITY question)
  Scenario: s.99(4) - a learner who moved with a Newport authority IDP and now lives and attends school in Cardiff is not cross-border
    Given the learner has these facts:
      | fact                     | value           |
      | existingIdp.maintainedBy | LOCAL_AUTHORITY |
      | existingIdp.authority    | newport         |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"
    And rule "la-idp-transfers-on-move" was not applicable

  # Asked for every decision, NOT_CROSS_BORDER (and the NOT_APPLICABLE post-16 test for a child) are left out
  Scenario: Every applicable decision for a pupil at school where they live leaves CROSS_BORDER out
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION, IDP_RESPONSIBILITY"
    And the "IDP_RESPONSIBILITY" outcome is "SCHOOL"

  # s.99(4), EN para 73: a child registered at no setting at all has no school authority, so there is
  # nothing cross-border and the home authority is simply the authority responsible. home-and-school-in-same-authority
  # compares learner.setting.authority, which does not exist for such a child, so the decision asks for
  # learner.setting.authority and also lists idp.outcome (not a request fact) and learner.homeAuthority (given).
  Scenario: s.99(4) - a child registered at no setting is not cross-border, and no school authority is asked for
    Given the learner's "setting.kind" is "NONE"
    And the learner's "setting.authority" is unknown
    And the learner's "setting.specialistClass" is unknown
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"
    And the deciding rule is "no-setting"
    And no facts are missing
