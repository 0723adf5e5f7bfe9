Feature: IDP responsibility - cases the Act and the Code settle
  Who prepares and maintains a learner's individual development plan (IDP) is settled first by the
  statutory layer (rules/national/idp-responsibility.json), an ordered list in which the first rule
  that passes decides and no authority's principles may override it. These scenarios take one
  ordinary mainstream pupil in Conwy (an authority with no encoded principles) and change one fact
  at a time, so each statutory case is seen deciding on its own. Sources: ALN and Education
  Tribunal (Wales) Act 2018 ss.11-19, 30, 39-45; domain brief part B2.3 (as cited there).

  Background:
    Given the case reference is "idp-statutory"
    And the decision is made in "conwy" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | conwy                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | conwy                   |
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

  # s.12(1), s.14(1): the duty to prepare and maintain an IDP arises only for a person with ALN
  Scenario: s.12(1) and s.14(1) - a learner recorded as having no ALN has no IDP to maintain
    Given the learner's "hasAln" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "no-aln-or-not-yet-decided"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.12(1)"
    And the decision's "responsibleAuthority" is unset
    And the decision's "mayDirectSchool" is unset
    And a next step in English contains "an IDP follows only if they do"
    And no facts are missing

  # ss.39-40 [P] and ALN (Wales) Regulations 2021 reg 18 [P]: for a detained learner the home authority in Wales is responsible
  Scenario: ss.39-40 - a detained learner's IDP is the home authority's, wherever the detention is
    Given the learner's "homeAuthority" is "wrexham"
    And the learner's "setting.kind" is "YOUTH_DETENTION"
    And the learner's "setting.authority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "detained-home-authority-in-wales"
    And the deciding layer is "STATUTORY"
    And the decision's "responsibleAuthority" is "wrexham"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "s.40(1)-(2)"
    And the deciding rule cites "reg 18"
    And a next step in English contains "A decision of Wrexham County Borough Council about the IDP can be appealed"
    And no facts are missing

  # s.14(6)-(9) (Explanatory Notes para 49): a named place at a particular institution must be secured by the authority, which cannot direct a school
  Scenario: s.14(6)-(9) - an IDP that must name a place at a particular institution is the authority's and cannot be passed to the school
    Given the learner's "provision.requiresPlaceAtParticularInstitution" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "named-place-or-board-and-lodging"
    And the decision's "responsibleAuthority" is "conwy"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "s.14(6)-(9)"
    And the English summary contains "cannot direct a school"
    And every reason has text in English and Welsh and a citation

  # s.14(6)-(9): board and lodging, like a named place, must be secured by the authority itself
  Scenario: s.14(6)-(9) - an IDP that must provide board and lodging is the authority's and cannot be passed to the school
    Given the learner's "provision.requiresBoardAndLodging" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "named-place-or-board-and-lodging"
    And the decision's "mayDirectSchool" is "false"
    And the decision's "referToAuthority" is unset
    And the Welsh summary contains "bwyd a llety"

  # s.14(6)-(9) comes before s.12(2): when a named place is needed the authority may not direct even a referring school
  Scenario: s.14(6)-(9) - a named place settles the case even when the school would also refer, so the authority still may not direct
    Given the learner's "provision.requiresPlaceAtParticularInstitution" is true
    And the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "named-place-or-board-and-lodging"
    And the decision's "mayDirectSchool" is "false"
    And rule "school-refers-to-authority" was not applicable

  # s.30(1)-(4); ALN Code 2021 paras 28.11 and 12.88 (as cited): dual registration - the school refers and the authority maintains
  Scenario: s.30 - a pupil registered at a school and a pupil referral unit has an IDP maintained by the authority
    Given the learner's "dualRegistered" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "dual-registered"
    And the decision's "responsibleAuthority" is "conwy"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "s.30"
    And the deciding rule cites "28.11"
    And the reason for rule "dual-registered" shows "learner.dualRegistered" as "true"

  # Domain brief scenario 8; ALN Code 2021 paras 18.21, 18.23 (as cited); EHE Guidance 2023 para 4.21
  Scenario: Code 18.21 and 18.23 - a home-educated child's IDP is maintained by the authority, and the parent may deliver the provision by agreement
    Given the learner's "electivelyHomeEducated" is true
    And the learner's "setting.kind" is "NONE"
    And the learner's "setting.authority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "electively-home-educated"
    And the decision's "responsibleAuthority" is "conwy"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "18.21"
    And the English summary contains "may be delivered by the parent by agreement"
    And the Welsh summary contains "addysg ddewisol yn y cartref"
    And rule "not-registered-anywhere" was not applicable

  # s.13(1), s.14(1)(a) [P]: a child educated other than at school and on no maintained school's roll is the authority's
  Scenario: s.13(1) - a child educated other than at school, on no school roll, has an IDP maintained by the authority
    Given the learner's "educatedOtherThanAtSchool" is true
    And the learner's "setting.kind" is "NONE"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "educated-other-than-at-school"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "s.13(1) and s.14(1)(a)"

  # s.11(1) [P]: the governing body decides for every registered pupil, so a pupil educated other than at school who is still
  # on a maintained school's roll stays the school's (issue 9 item 11). Before issue 9 this pupil was the authority's.
  Scenario: s.11(1) - a pupil educated other than at school but still on a Conwy school's roll is the school's
    Given the learner's "educatedOtherThanAtSchool" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "educated-other-than-at-school" failed
    And the reason for rule "educated-other-than-at-school" shows "learner.setting.kind" as "MAINTAINED_SCHOOL"

  # ss.11-12 bind maintained schools in Wales only; s.13, s.14(1)(a), (2)(a) [P]: a Conwy child at a maintained school in
  # England is the home authority's, which prepares and maintains the IDP itself and cannot direct an English school
  # (s.14(2)(b), (4)). Before issue 9 this child's school was said to maintain the IDP.
  Scenario: s.14(2) - a Conwy child at a maintained school in England has the IDP prepared and maintained by Conwy, which cannot direct the school
    Given the learner's "setting.authority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "child-at-school-or-college-outside-wales"
    And the decision's "responsibleAuthority" is "conwy"
    And the decision's "mayDirectSchool" is "false"
    And the deciding layer is "STATUTORY"
    And the Welsh summary contains "ni all gyfarwyddo ysgol yn Lloegr"

  # s.40(1) [P]: the detained-person duties are a home authority in Wales's; a home authority in England has none under the Act
  Scenario: s.40(1) - a detained learner whose home authority is in England has no IDP under the Act
    Given the learner's "homeAuthority" is "england"
    And the learner's "setting.kind" is "YOUTH_DETENTION"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "detained-home-authority-not-in-wales"
    And no facts are missing
