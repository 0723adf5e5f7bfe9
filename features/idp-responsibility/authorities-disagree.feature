Feature: IDP responsibility - authorities whose principles decide the same case differently
  Principles vary between authorities (domain brief part A): the same learner can have a school IDP
  in one authority and an authority IDP in another. These scenarios put one case before
  Carmarthenshire (its section 4 criteria), Denbighshire (Principles of Inclusion, Code 12.44 themes)
  and an authority with no encoded principles (the national baseline), and show where they part.

  Background:
    Given the case reference is "idp-disagree"
    And the learner was born on "2011-12-01"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
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
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # Carmarthenshire section 4 names a rare condition needing specialist support; Denbighshire's Code 12.44 themes and the
  # national baseline do not, so an otherwise ordinary mainstream pupil with such a condition is decided differently
  Scenario Outline: Carmarthenshire section 4 vs Denbighshire Principles of Inclusion - a rare condition needing specialist support: <authority> gives <outcome>
    Given the decision is made in "<authority>" on "2025-10-01"
    And the learner's "homeAuthority" is "<authority>"
    And the learner's "setting.authority" is "<authority>"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"
    And the deciding layer is "<layer>"
    And the decision's "responsibleAuthority" is "<authority>"
    And no facts are missing

    Examples:
      | authority       | outcome         | rule                                      | layer                |
      | carmarthenshire | LOCAL_AUTHORITY | rare-condition-needing-specialist-support | AUTHORITY_PRINCIPLES |
      | denbighshire    | SCHOOL          | school-maintains                          | AUTHORITY_PRINCIPLES |
      | gwynedd         | SCHOOL          | school-maintains                          | NATIONAL_BASELINE    |

  # Carmarthenshire's list does not name special schools (its default rule says so); Denbighshire's rule set and the
  # national baseline (WLGA/ADEW para 13) give special-school pupils an authority IDP
  Scenario Outline: Carmarthenshire section 4 vs Denbighshire and the baseline - a special-school pupil with none of the criteria: <authority> gives <outcome>
    Given the decision is made in "<authority>" on "2025-10-01"
    And the learner's "homeAuthority" is "<authority>"
    And the learner's "setting.authority" is "<authority>"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"
    And the deciding layer is "<layer>"
    And the English summary contains "<explanation>"

    Examples:
      | authority       | outcome         | rule               | layer                | explanation                                                  |
      | carmarthenshire | SCHOOL          | school-maintains   | AUTHORITY_PRINCIPLES | its list does not name special schools or specialist classes |
      | denbighshire    | LOCAL_AUTHORITY | specialist-setting | AUTHORITY_PRINCIPLES | the national baseline applies                                |
      | pembrokeshire   | LOCAL_AUTHORITY | specialist-setting | NATIONAL_BASELINE    | because no principles of this authority are encoded yet      |

  # Domain brief scenario 16; EN para 73 and Nodi 03.06 (the authority responsible is the one in whose area the learner is):
  # a Cardiff resident at a Vale of Glamorgan mainstream school who needs a resource-base place. Neither authority has
  # encoded principles, so both use the baseline and agree; the authority that maintains the IDP is Cardiff, not the Vale.
  Scenario: Brief scenario 16 and EN para 73 - a Cardiff pupil in a Vale of Glamorgan resource base has the IDP maintained by Cardiff
    Given the decision is made in "vale-of-glamorgan" on "2025-10-01"
    And the learner's "homeAuthority" is "cardiff"
    And the learner's "setting.authority" is "vale-of-glamorgan"
    And the learner's "setting.specialistClass" is "RESOURCE_BASE"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "specialist-setting"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "responsibleAuthority" is "cardiff"
    And a next step in English contains "A decision of Cardiff Council about the IDP can be appealed"

  # Brief scenario 16 decided in Cardiff, the home authority: the same answer, since both authorities use the baseline
  Scenario: Brief scenario 16 - the same Cardiff pupil decided in Cardiff gets the same answer, because both authorities use the baseline
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner's "homeAuthority" is "cardiff"
    And the learner's "setting.authority" is "vale-of-glamorgan"
    And the learner's "setting.specialistClass" is "RESOURCE_BASE"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "specialist-setting"
    And the decision's "responsibleAuthority" is "cardiff"

  # Brief part A and scenario 16; EN para 73: a Carmarthenshire resident at a Swansea special school. The IDP decision made in
  # Swansea applies the baseline (special school -> authority); Carmarthenshire's own principles would leave the IDP with the
  # school. The CROSS_BORDER decision answers the IDP question under both authorities' principles and says they disagree.
  Scenario: Brief part A and scenario 16 - when the home authority's principles disagree with the school's authority's, the cross-border explanation says so
    Given the decision is made in "swansea" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "swansea"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "responsibleAuthority" is "carmarthenshire"
    And the decision's "principlesConflict" is "true"
    And the English summary contains "The two authorities' principles disagree"
    And the English summary contains "Carmarthenshire County Council's answer settles it"
