Feature: IDP responsibility - reconsideration, takeover and who a family turns to
  A child's parent or a young person can ask the authority responsible - the authority in whose area
  the learner is (Explanatory Notes para 73) - to reconsider a school's ALN decision (s.26) or its
  IDP (s.27), to take the IDP over (s.28), or to reconsider a decision to cease it (s.32, within
  four weeks: reg 12). Appeals lie against authorities and FEIs, not schools (EN para 73). For a
  pupil living in England at a maintained school in Wales, the authority that maintains the school
  reconsiders but may only direct the school: it cannot maintain the IDP itself (s.87 [P, Welsh
  text]; EN paras 73, 184-185). No Welsh authority is "the local authority responsible" for such a
  pupil, so the school's route when it could not reasonably secure the provision is to ask the
  English home authority for an EHC needs assessment (s.12(2)(c)-(d) [P]). Domain brief scenario 9.

  Background:
    Given the case reference is "idp-reconsideration"
    And the decision is made in "powys" on "2025-10-01"
    And the learner was born on "2013-07-07"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | england                 |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | powys                   |
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

  # Domain brief scenario 9; s.87, Explanatory Notes paras 184-185: reconsideration goes to the maintaining authority, which may only direct
  Scenario: s.87 - a pupil living in England at a Powys school keeps a school IDP, and a reconsideration goes to Powys, which may only direct
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding rule is "english-resident-at-welsh-maintained-school"
    And the deciding layer is "STATUTORY"
    And the decision's "responsibleAuthority" is "powys"
    And the decision's "mayDirectSchool" is "true"
    And the decision's "referToAuthority" is "false"
    And the deciding rule cites "s.87"
    And the deciding rule cites "184-185"
    And a next step in English contains "A request to reconsider the school's decisions goes to Powys County Council, the authority that maintains the school, which may only direct the school (s.87)"
    And a next step in Welsh contains "mynd at Gyngor Sir Powys"
    And every reason has text in English and Welsh and a citation

  # s.87 with s.12(2): the school refers to the maintaining authority, which still cannot maintain the IDP itself
  Scenario: s.87 with s.12(2) - when the school cannot reasonably secure the provision for a pupil living in England it refers to Powys, which may only direct
    Given the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding rule is "english-resident-referred-at-welsh-maintained-school"
    And the decision's "responsibleAuthority" is "powys"
    And the decision's "referToAuthority" is "true"
    And the decision's "mayDirectSchool" is "true"
    And the English summary contains "the school may ask the local authority in England where the pupil lives for an EHC needs assessment (s.12(2)(c))"
    And the English summary contains "never maintain the IDP itself (s.87)"
    And the deciding rule cites "s.12(2)(c)-(d)"

  # s.87: the special-school baseline (authority IDP) cannot apply, because the maintaining authority cannot maintain an English resident's IDP
  Scenario: s.87 - a pupil living in England at a Powys special school keeps a school IDP, not the baseline's authority IDP
    Given the learner's "setting.kind" is "SPECIAL_SCHOOL"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding rule is "english-resident-at-welsh-maintained-school"
    And the deciding layer is "STATUTORY"

  # s.87(1)(b) [P]: s.87 applies only at a maintained school in Wales, so where the school is (and which authority
  # maintains it) decides the case: it is asked for. (Before issue 9 the s.87 rule decided and only needed the authority named.)
  Scenario: s.87 - for a pupil living in England, the authority that maintains the school is asked for when it is not recorded
    Given the learner's "setting.authority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.authority"
    And rule "english-resident-at-welsh-maintained-school" was undetermined

  # ss.11-14 [P]: a learner who lives in England and goes to a school in England is outside the Act altogether
  Scenario: ss.11-14 - a pupil living in England at a school in England has no IDP duty under the Act
    Given the learner's "setting.authority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "lives-and-learns-outside-wales"
    And no facts are missing

  # ss.26-28 and s.32, EN para 73: a Welsh resident at an out-of-county school asks the authority in whose area they live, not the school's authority
  Scenario: ss.26-28 and EN para 73 - a Cardiff pupil at a Powys school is told to ask Cardiff to reconsider or take over the IDP
    Given the learner's "homeAuthority" is "cardiff"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "responsibleAuthority" is "cardiff"
    And a next step in English contains "can ask Cardiff Council (the authority in whose area the learner is) to reconsider the school's decisions about ALN (s.26) or the school's IDP (s.27), or to take the IDP over (s.28)"
    And a next step in English contains "a request for Cardiff Council to reconsider that decision must be made within four weeks of the school's notice (s.32; reg 12)"
    And a next step in Welsh contains "Cyngor Caerdydd"

  # s.32 and reg 12 under Denbighshire's principles: the four-week limit for asking the authority to reconsider a cease decision
  Scenario: s.32 and reg 12 - a Denbighshire school IDP comes with the four-week limit for asking Denbighshire to reconsider a decision to cease it
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner's "homeAuthority" is "denbighshire"
    And the learner's "setting.authority" is "denbighshire"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And a next step in English contains "a request for Denbighshire County Council to reconsider that decision must be made within four weeks"
    And a next step in Welsh contains "rhaid gofyn i Gyngor Sir Ddinbych ailystyried y penderfyniad hwnnw o fewn pedair wythnos"

  # s.11(3)(a): the school's duty to decide does not arise where "an individual development plan is being
  # maintained for the child or young person under this Part"; after a takeover the plan "is to be treated as maintained by
  # the authority under section 14" (s.28(8)(a)) until it ceases or is transferred (ss.31, 35). No IDP rule reads
  # learner.existingIdp, so a Cardiff pupil whose IDP Cardiff took over, with nothing else changed, is told the school
  # maintains it - which would hand the plan back to the school without any cease or transfer decision.
  Scenario: s.11(3)(a) and s.28(8) - after Cardiff takes over a school IDP under s.28 the IDP stays with Cardiff
    Given the learner's "homeAuthority" is "cardiff"
    And the learner's "existingIdp.maintainedBy" is "LOCAL_AUTHORITY"
    And the learner's "existingIdp.authority" is "cardiff"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the decision's "responsibleAuthority" is "cardiff"
    And the deciding rule is "authority-already-maintains-idp"

  # EN para 73: appeals lie against authorities and the governing bodies of FEIs; the reconsideration routes of
  # ss.26, 27 and 32 exist only for decisions and plans of maintained schools (s.26(1)(a), s.27(1)(a), s.32(1)(a) all say "a
  # governing body of a maintained school"). Rule fei-maintains tells a young person at an FEI to ask the authority to
  # reconsider the FEI's decisions under s.26 and s.27, and to ask it to reconsider "the school's" decision to cease within four
  # weeks under s.32 - routes that do not exist for an FEI - and never says that the FEI's own decisions can be appealed to the
  # Education Tribunal for Wales (s.70). (The signposting's s.70 sentence is about a decision "of the authority".)
  Scenario: EN para 73 and s.70 - a young person with an FEI IDP is told they can appeal the FEI's decisions to the Tribunal
    Given the learner was born on "2008-03-01"
    And the learner's "homeAuthority" is "powys"
    And the learner's "consent" is "GIVEN"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the learner's "setting.authority" is "powys"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "FEI"
    And a next step in English contains "can appeal the FEI's decisions about ALN and the IDP to the Education Tribunal for Wales"
