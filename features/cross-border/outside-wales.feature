Feature: Cross-border - learners who live outside Wales, and Welsh learners at school in England
  A pupil resident in England at a maintained school in Wales: the authority that maintains the
  school reconsiders and may direct the school, but cannot maintain the IDP (s.87; Explanatory Notes
  paras 184-185 [P]; domain brief B2.3, B4.1 and scenario 9). Outside s.87 no Welsh authority is
  responsible for a learner who does not live in Wales (EN para 73 [P]): a college in Wales keeps
  its own duties (ss.11(2), 12(1)); otherwise the authority where the learner lives is responsible
  under its own law (marked U). A learner living in Wales is in the area of their home authority
  wherever they attend school (EN para 73), and at a school or college in England the home authority
  maintains the IDP and funds the provision, with no direction and so no consultation
  (ss.13-14 [P]; issue 9 item 2).

  Background:
    Given the case reference is "cross-border-outside-wales"
    And the learner was born on "2014-07-19"
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

  # Domain brief scenario 9; s.87, EN paras 184-185: a pupil living in England at a Monmouthshire school
  Scenario: s.87 - a pupil living in England at a Monmouthshire maintained school: Monmouthshire may only direct the school
    Given the decision is made in "monmouthshire" on "2025-10-01"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.authority" is "monmouthshire"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "SCHOOL_AUTHORITY_DIRECTS_ONLY"
    And the deciding rule is "english-resident-at-welsh-school"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.87"
    And the deciding rule cites "paras 184-185"
    And the decision's "responsibleAuthority" is "monmouthshire"
    And the decision's "fundingAuthority" is "monmouthshire"
    And the decision's "principlesConflict" is unset
    And the English summary contains "may only direct the school (s.87)"
    And the Welsh summary contains "ond cyfarwyddo'r ysgol (adran 87)"
    And no facts are missing

  # s.87 covers special schools maintained by the Welsh authority too
  Scenario: s.87 - a pupil living in England at a Wrexham special school: Wrexham may only direct the school
    Given the decision is made in "wrexham" on "2025-10-01"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "setting.authority" is "wrexham"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "SCHOOL_AUTHORITY_DIRECTS_ONLY"
    And the decision's "responsibleAuthority" is "wrexham"

  # s.87, EN paras 73 and 184-185 [P]: the maintaining authority's direct-only role is for a pupil resident in England at a
  # MAINTAINED school in Wales; at an independent school no Welsh authority is responsible, the English home authority is
  # (its duties under the Children and Families Act 2014 were not read: U). Before issue 9 this answered
  # MORE_INFORMATION_NEEDED with no missing fact.
  Scenario: s.87 - a pupil living in England at an independent school in Monmouthshire is the English home authority's, not an s.87 case
    Given the decision is made in "monmouthshire" on "2025-10-01"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.kind" is "INDEPENDENT_SCHOOL"
    And the learner's "setting.authority" is "monmouthshire"
    When the "CROSS_BORDER" decision is made
    Then rule "english-resident-at-welsh-school" failed
    And the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "english-resident-elsewhere"
    And the decision's "responsibleAuthority" is "england"
    And the decision's "fundingAuthority" is unset
    And no facts are missing

  # ss.11(2), 12(1), 12(2)(c)-(d) [P]: an English resident at a Welsh college is the college's; no Welsh authority takes part.
  # Before issue 9 this answered MORE_INFORMATION_NEEDED with an empty list of missing facts.
  Scenario: s.11(2) - a young person living in England at a college in Wrexham is the college's, with no Welsh authority involved
    Given the decision is made in "wrexham" on "2025-10-01"
    And the learner was born on "2008-03-01"
    And the learner's "consent" is "GIVEN"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the learner's "setting.authority" is "wrexham"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"
    And the deciding rule is "english-resident-at-welsh-fei"
    And the English summary contains "EHC needs assessment (s.12(2)(c))"
    And no facts are missing

  # s.99(4): living in England and at school in England, nothing is for a Welsh authority to settle across a border
  Scenario: s.99(4) - a pupil living in England at a school in England is not cross-border
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.authority" is "england"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"

  # EN para 73 [P]: no Welsh authority is responsible for a learner living outside Wales and England (who is, there, is
  # marked U). Before issue 9 this asked for learner.homeAuthority, a fact the request had already given.
  Scenario: EN para 73 - a learner living outside Wales and England at a Powys school: no Welsh authority is responsible, and nothing is asked for
    Given the decision is made in "powys" on "2025-10-01"
    And the learner's "homeAuthority" is "outside-wales-and-england"
    And the learner's "setting.authority" is "powys"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "lives-outside-wales-and-england"
    And no facts are missing
    And the English summary contains "no Welsh authority is the authority responsible for them under the Act"
    And the decision's "responsibleAuthority" is "outside-wales-and-england"

  # EN para 73; ss.13-14 [P]: a child living in Flintshire is in Flintshire's area wherever they attend school. At a school
  # in England the school has no duty (ss.11-12 are for schools in Wales), so Flintshire maintains the IDP, funds the
  # provision and cannot direct the school, so no consultation arises. Before issue 9 the IDP was said to be the school's.
  Scenario: s.14 - a pupil living in Flintshire at a maintained school in England: Flintshire maintains the IDP and funds it, with no direction
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner's "homeAuthority" is "flintshire"
    And the learner's "setting.authority" is "england"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "setting-outside-wales"
    And the deciding layer is "STATUTORY"
    And the decision's "responsibleAuthority" is "flintshire"
    And the decision's "fundingAuthority" is "flintshire"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
    And the decision's "consultationRequired" is "false"
    And no facts are missing

  # ss.13-14: the same for a Flintshire young person at a college in England, whose IDP the home authority maintains if the
  # necessity test says so (IDP_RESPONSIBILITY: LOCAL_AUTHORITY)
  Scenario: s.14 - a Flintshire young person at a college in England: Flintshire is responsible and funds any IDP, not "england"
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner was born on "2008-03-01"
    And the learner's "consent" is "GIVEN"
    And the learner's "homeAuthority" is "flintshire"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the learner's "setting.authority" is "england"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "fundingAuthority" is "flintshire"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"
