Feature: Cross-border - neighbouring authorities whose principles disagree
  Principles vary between authorities and thresholds can differ between neighbours (domain brief
  part A, "Cross-border"): a learner living in one authority and at school in another meets two sets
  of principles. When both are Welsh and differ, the IDP question is answered under each, the
  decision says whether they disagree (principlesConflict) and, when they do, the explanation says so
  and names the home authority's answer as the one that settles it: it is the authority in whose
  area the learner is (EN para 73, s.99(4)). Carmarthenshire and Denbighshire have encoded
  principles; the other 20 authorities use the national baseline.

  Background:
    Given the case reference is "cross-border-disagree"
    And the learner was born on "2012-02-29"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # Domain brief part A; EN para 73. Carmarthenshire's principles do not name special schools (school IDP); Denbighshire's
  # specialist-setting principle gives an authority IDP. Carmarthenshire, the home authority, settles it: school IDP, so
  # the Denbighshire school's budget funds.
  Scenario: Principles disagree - a Carmarthenshire pupil at a Denbighshire special school: Carmarthenshire's answer (school IDP) settles it
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "setting.authority" is "denbighshire"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "principlesConflict" is "true"
    And the deciding rule is "school-idp-funded-from-school-budget"
    And the decision's "responsibleAuthority" is "carmarthenshire"
    And the decision's "fundingAuthority" is "denbighshire"
    And the decision's "recoupment" is "NONE_SCHOOL_BUDGET"
    And the English summary contains "The two authorities' principles disagree on who maintains the IDP."
    And the English summary contains "Carmarthenshire County Council's answer settles it"
    And the English summary contains "Explanatory Notes para 73"
    And the Welsh summary contains "Mae egwyddorion y ddau awdurdod yn anghytuno"
    And no facts are missing

  # The reverse pair: the home authority is now Denbighshire, whose specialist-setting principle gives an authority IDP;
  # Denbighshire funds and pays under the general recoupment law
  Scenario: Principles disagree - a Denbighshire pupil at a Carmarthenshire special school: Denbighshire's answer (authority IDP) settles it
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner's "homeAuthority" is "denbighshire"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "setting.authority" is "carmarthenshire"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "principlesConflict" is "true"
    And the deciding rule is "authority-idp-funded-by-home-authority"
    And the decision's "responsibleAuthority" is "denbighshire"
    And the decision's "fundingAuthority" is "denbighshire"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
    And the decision's "consultationRequired" is "true"
    And the English summary contains "The two authorities' principles disagree"
    And the English summary contains "Denbighshire County Council's answer settles it"

  # Carmarthenshire's section 4 criteria name a rare condition needing specialist support; Swansea (national baseline)
  # does not. Living in Carmarthenshire, the pupil has an authority IDP funded by Carmarthenshire.
  Scenario: Principles disagree - a Carmarthenshire pupil with a rare condition at a Swansea mainstream school: Carmarthenshire maintains and funds
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "swansea"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is true
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "principlesConflict" is "true"
    And the decision's "fundingAuthority" is "carmarthenshire"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
    And the English summary contains "Carmarthenshire County Council's answer settles it"

  # The reverse: living in Swansea (national baseline), the same pupil at a Carmarthenshire school has a school IDP
  Scenario: Principles disagree - a Swansea pupil with a rare condition at a Carmarthenshire mainstream school: Swansea's answer (school IDP) settles it
    Given the decision is made in "swansea" on "2025-10-01"
    And the learner's "homeAuthority" is "swansea"
    And the learner's "setting.authority" is "carmarthenshire"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is true
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "principlesConflict" is "true"
    And the decision's "responsibleAuthority" is "swansea"
    And the decision's "fundingAuthority" is "carmarthenshire"
    And the decision's "recoupment" is "NONE_SCHOOL_BUDGET"
    And the English summary contains "City and County of Swansea's answer settles it"

  # Domain brief scenario 16; EN para 73; Nodi 03.06: a Cardiff pupil at a Vale of Glamorgan mainstream school who
  # needs a resource-base place. Neither authority has encoded principles, so both use the baseline (specialist setting:
  # authority IDP) and agree; Cardiff maintains and funds.
  Scenario: Brief scenario 16 - a Cardiff pupil in a Vale of Glamorgan resource base: both on the baseline, they agree; Cardiff maintains and funds
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner's "homeAuthority" is "cardiff"
    And the learner's "setting.authority" is "vale-of-glamorgan"
    And the learner's "setting.specialistClass" is "RESOURCE_BASE"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "principlesConflict" is "false"
    And the deciding rule is "authority-idp-funded-by-home-authority"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "fundingAuthority" is "cardiff"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
    And the decision's "consultationRequired" is "true"
    And no facts are missing

  # s.14(6)-(9): where the IDP must name a place, statute settles it before either authority's principles are read, so
  # Carmarthenshire and Denbighshire cannot disagree
  Scenario: Statute settles it - a Carmarthenshire pupil needing a named place at a Denbighshire special school: no conflict
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "setting.authority" is "denbighshire"
    And the learner's "provision.requiresPlaceAtParticularInstitution" is true
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "principlesConflict" is "false"
    And the decision's "fundingAuthority" is "carmarthenshire"

  # Every applicable decision for the disagreeing pair: CROSS_BORDER applies and is included; the IDP decision is made
  # in Carmarthenshire (the home authority) under its own principles
  Scenario: Every applicable decision for a Carmarthenshire pupil at a Denbighshire special school includes CROSS_BORDER
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "setting.authority" is "denbighshire"
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION, IDP_RESPONSIBILITY, CROSS_BORDER"
    And the "IDP_RESPONSIBILITY" outcome is "SCHOOL"
    And the "CROSS_BORDER" outcome is "HOME_AUTHORITY_RESPONSIBLE"
