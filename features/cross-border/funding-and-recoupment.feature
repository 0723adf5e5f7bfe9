Feature: Cross-border - the home authority is responsible; who funds depends on who maintains the IDP
  A learner living in one Welsh authority and at school in another: referrals (s.12(2)),
  reconsiderations (ss.26, 27, 32) and takeover requests (s.28) go to the home authority, the one in
  whose area the learner is (EN para 73; domain brief B4.1). Who pays follows the IDP question under
  the home authority's principles: a school IDP is funded from the school's delegated budget, set by
  the school's authority, with nothing recovered between authorities (WLGA and ADEW evidence,
  26 September 2023, para 14); an authority IDP is funded by the home authority, which pays the
  providing authority under the general recoupment law (Education Act 2002 s.207; Inter-authority
  Recoupment Regulations 1994, written for SEN statements, so marked U), and which may have to consult
  the school's authority before directing its school (draft Code 2017 9.2.25, marked U; domain
  brief B4.2). No authority has a recoupment agreement encoded, so the national baseline decides.

  Background:
    Given the case reference is "cross-border-funding"
    And the decision is made in "newport" on "2025-10-01"
    And the learner was born on "2013-05-23"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | homeAuthority                                  | newport                 |
      | existingIdp.maintainedBy                       | NONE                    |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | torfaen                 |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # EN para 73 (responsibility); WLGA and ADEW evidence para 14 (school IDPs funded from the delegated budget)
  Scenario: EN para 73 - a Newport pupil with a school IDP at a Torfaen school: Newport responsible, the school's budget funds, nothing recovered
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "school-idp-funded-from-school-budget"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "fundingAuthority" is "torfaen"
    And the decision's "recoupment" is "NONE_SCHOOL_BUDGET"
    And the decision's "consultationRequired" is "false"
    And the decision's "principlesConflict" is "false"
    And the deciding rule cites "Explanatory Notes para 73"
    And the deciding rule cites "WLGA and ADEW evidence"
    And the English summary contains "no costs are recovered between authorities"
    And no facts are missing
    And every reason has text in English and Welsh and a citation

  # EN para 73 and s.14 (the home authority maintains and secures the ALP); EA 2002 s.207 and the 1994 Regulations (U);
  # draft Code 2017 9.2.25 on consulting the school's authority (U). Intensive support beyond the school's means gives an
  # authority IDP under the national baseline (Code 12.44 themes)
  Scenario: EN para 73 and EA 2002 s.207 - a Newport pupil with an authority IDP at a Torfaen school: Newport funds and pays under the recoupment law
    Given the learner's "provision.intensiveSupportBeyondSchool" is true
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "authority-idp-funded-by-home-authority"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "fundingAuthority" is "newport"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
    And the decision's "consultationRequired" is "true"
    And the decision's "principlesConflict" is "false"
    And the deciding rule cites "Education Act 2002 s.207"
    And the deciding rule cites "draft Code (February 2017) 9.2.25"
    And the English summary contains "the home authority pays under the general recoupment law unless the two authorities have agreed otherwise"
    And the Welsh summary contains "mae'r awdurdod cartref yn talu o dan y gyfraith adennill costau gyffredinol"

  # s.14(6)-(9): an IDP naming a place at a particular institution must be the authority's, so the home authority funds
  Scenario: s.14(6)-(9) - a Newport pupil whose IDP must name a place at a Torfaen special school: Newport maintains and funds
    Given the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "provision.requiresPlaceAtParticularInstitution" is true
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "fundingAuthority" is "newport"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
    And the decision's "principlesConflict" is "false"

  # EN para 73; ss.11(2) and 12 (the FEI decides and maintains a student's IDP): the home authority is responsible, no authority IDP to fund
  Scenario: EN para 73 - a Newport student at an FEI in Torfaen: Newport responsible, no authority IDP to fund
    Given the learner was born on "2008-01-15"
    And the learner's "consent" is "GIVEN"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "no-idp"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "fundingAuthority" is unset
    And the decision's "recoupment" is unset

  # EN para 73: with no ALN there is no IDP, but the home authority is still the one to ask to reconsider (s.26)
  Scenario: EN para 73 - a Newport pupil without ALN at a Torfaen school: Newport is the authority to ask to reconsider
    Given the learner's "hasAln" is false
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "no-idp"
    And the decision's "responsibleAuthority" is "newport"
    And the English summary contains "for example for requests to reconsider"
