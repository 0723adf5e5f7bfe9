Feature: IDP responsibility - a school refers to the local authority (s.12(2)(a))
  A governing body that decides a pupil has ALN prepares and maintains the IDP (s.12(1)), unless it
  considers the ALN may call for provision it would not be reasonable for it to secure, or it cannot
  adequately determine the needs or the provision (s.12(2)(a)(i)-(iii)). Then it refers the case to
  the authority responsible for the pupil - the authority in whose area the pupil is (Explanatory
  Notes para 73) - which decides and may maintain the IDP itself or direct the school (s.14(2), (4)).
  Domain brief scenario 6.

  Background:
    Given the case reference is "idp-referral"
    And the decision is made in "vale-of-glamorgan" on "2025-10-01"
    And the learner was born on "2013-02-20"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | vale-of-glamorgan       |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | vale-of-glamorgan       |
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

  # Domain brief scenario 6; s.12(2)(a)(i); s.14(2) and (4)
  Scenario: s.12(2)(a)(i) - provision it would not be reasonable for the school to secure is referred to the authority, which may maintain or direct
    Given the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "school-refers-to-authority"
    And the deciding layer is "STATUTORY"
    And the decision's "referToAuthority" is "true"
    And the decision's "mayDirectSchool" is "true"
    And the decision's "responsibleAuthority" is "vale-of-glamorgan"
    And the deciding rule cites "s.12(2)(a)"
    And the deciding rule cites "s.14(2) and (4)"
    And the English summary contains "the school refers to the local authority in whose area the learner is"
    And every reason has text in English and Welsh and a citation

  # s.12(2)(a)(ii)-(iii): the school cannot adequately determine the needs or the provision
  Scenario: s.12(2)(a)(ii)-(iii) - a school that cannot adequately determine the needs or the provision refers to the authority
    Given the learner's "provision.schoolCanDetermineNeedsAndProvision" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "school-refers-to-authority"
    And the decision's "referToAuthority" is "true"
    And the reason for rule "school-refers-to-authority" shows "learner.provision.schoolCanDetermineNeedsAndProvision" as "false"
    And a next step in English contains "A decision of Vale of Glamorgan Council about the IDP can be appealed to the Education Tribunal for Wales (s.70)"

  # s.12(2)(a); Explanatory Notes para 73 (the authority responsible is the one in whose area the pupil is); domain brief B4.1
  Scenario: s.12(2)(a) and EN para 73 - a pupil living in Cardiff at a Vale of Glamorgan school is referred to Cardiff, not to the school's authority
    Given the learner's "homeAuthority" is "cardiff"
    And the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "school-refers-to-authority"
    And the decision's "responsibleAuthority" is "cardiff"
    And a next step in English contains "A decision of Cardiff Council about the IDP"

  # s.12(2)(a) applies to every maintained school, special schools included
  Scenario: s.12(2)(a) - a special school that cannot reasonably secure the provision refers too, before any principle is read
    Given the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "school-refers-to-authority"
    And the deciding layer is "STATUTORY"
    And the decision's "mayDirectSchool" is "true"

  # s.12(1): without a referral ground the statute leaves the case to the authority's principles (here the national baseline)
  Scenario: s.12(1) - a school that can reasonably secure and determine the provision does not refer, and the case falls to the principles
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "school-refers-to-authority" failed
    And the deciding rule is "school-maintains"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "referToAuthority" is "false"
    And the decision's "mayDirectSchool" is unset
