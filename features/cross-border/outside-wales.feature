Feature: Cross-border - learners who live outside Wales, and Welsh learners at school in England
  A pupil resident in England at a maintained school in Wales: the authority that maintains the
  school reconsiders and may direct the school, but cannot maintain the IDP (s.87; Explanatory Notes
  paras 184-185; domain brief B2.3, B4.1 and scenario 9). The Act's cross-border provisions cover
  Wales and England; for a learner living elsewhere no rule was found, so an officer decides (rule
  marked U). A learner living in Wales is in the area of their home authority wherever they attend
  school (s.99(4); EN para 73).

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

  # s.87, EN paras 184-185 (the rule's own citation and text): the maintaining authority's direct-only
  # role is for a pupil resident in England at a MAINTAINED school in Wales. An independent school has no maintaining
  # authority and cannot be directed, yet english-resident-at-welsh-school reads only learner.homeAuthority, so it
  # passes here (the IDP_RESPONSIBILITY rule english-resident-at-welsh-maintained-school does check the setting kind).
  Scenario: s.87 - a pupil living in England at an independent school in Monmouthshire is not an s.87 case
    Given the decision is made in "monmouthshire" on "2025-10-01"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.kind" is "INDEPENDENT_SCHOOL"
    And the learner's "setting.authority" is "monmouthshire"
    When the "CROSS_BORDER" decision is made
    Then rule "english-resident-at-welsh-school" failed
    And the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "english-resident-not-at-welsh-maintained-school"
    And the deciding rule cites "s.87 covers pupils resident in England at maintained schools in Wales only"

  # s.99(4): living in England and at school in England, nothing is for a Welsh authority to settle across a border
  Scenario: s.99(4) - a pupil living in England at a school in England is not cross-border
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.authority" is "england"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "NOT_CROSS_BORDER"

  # No rule found for a learner resident outside Wales and England (rule marked U): an officer decides
  Scenario: A learner living outside Wales and England at a Powys school: an officer must decide which authority is responsible
    Given the decision is made in "powys" on "2025-10-01"
    And the learner's "homeAuthority" is "outside-wales-and-england"
    And the learner's "setting.authority" is "powys"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "lives-outside-wales-and-england"
    And the missing facts are "learner.homeAuthority"
    And the English summary contains "an officer must decide which authority is responsible"
    And the decision's "responsibleAuthority" is unset

  # s.99(4), EN para 73 (domain brief B4.1): a child living in Flintshire is in Flintshire's area
  # wherever they attend school, so Flintshire is the authority responsible. For a school in England no IDP comparison
  # is made (the school's authority is not Welsh), idp.outcome stays unset, every baseline rule is undetermined, and the
  # decision asks for idp.outcome (not a request fact) and learner.homeAuthority (given).
  Scenario: s.99(4) - a pupil living in Flintshire at a maintained school in England: Flintshire is the authority responsible
    Given the decision is made in "flintshire" on "2025-10-01"
    And the learner's "homeAuthority" is "flintshire"
    And the learner's "setting.authority" is "england"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "responsibleAuthority" is "flintshire"
    And no facts are missing
