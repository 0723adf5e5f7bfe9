Feature: IDP responsibility - looked-after children
  For the Act a child is looked after only if not over compulsory school age, looked after by a
  local authority for the purposes of Part 6 of the Social Services and Well-being (Wales) Act 2014
  (an authority in Wales), and not a detained person (s.15(1) [P]). For such a child a school refers
  to the looking-after authority (s.17 [P]), which decides and prepares and maintains the IDP
  (ss.18-19; EN para 53 [P]), as part of the personal education plan (s.16); a school IDP passes to
  that authority when the child becomes looked after (EN para 97; s.35(11)-(13) as cited); the IDP is
  reviewed within every 12 months (s.24 [P]). The looking-after authority has no duty to decide while
  the child is in the area of an authority in England (s.18(2)(c) [P]) and none to maintain an IDP
  while the child is in no authority's area (s.19(2), EN para 54 [P]). A looked-after young person,
  is treated like any other young person (EN para 53). A child looked after by an English council
  (lookingAfterAuthority "england") is not looked after for the Act and is the school's or the home
  authority's like any other pupil (issue 9 item 1). Where the child is for ss.18(2)(c) and 19(2) is
  placementArea, the area the child is placed in; left out, it is where the learner lives
  (homeAuthority). A category of looked-after child the Regulations exclude (s.15(2), reg 5, not read)
  applies only when the request records it (lookedAfterCategoryExcluded).
  Domain brief scenario 7.

  Background:
    Given the case reference is "idp-looked-after"
    And the decision is made in "newport" on "2025-10-01"
    And the learner was born on "2015-01-10"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | cardiff                 |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | newport                 |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | lookedAfter                                    | true                    |
      | lookingAfterAuthority                          | newport                 |
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

  # Domain brief scenario 7; s.35(11)-(13); ss.15-19; s.24
  Scenario: s.35(11)-(13) - a child with a school IDP who becomes looked after by Newport has the IDP maintained by Newport, reviewed every 12 months
    Given the learner has these facts:
      | fact                     | value  |
      | existingIdp.maintainedBy | SCHOOL |
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "looked-after-child"
    And the deciding layer is "STATUTORY"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "s.15(1)"
    And the deciding rule cites "Part 6 of the Social Services and Well-being (Wales) Act 2014"
    And the deciding rule cites "a child looked after by a council in England (lookingAfterAuthority england) is not looked after for the Act"
    And the deciding rule cites "s.35(11)-(13)"
    And a next step in English contains "at least once in every 12 months (s.24)"
    And a next step in Welsh contains "o leiaf unwaith ym mhob cyfnod o 12 mis"
    And the English summary contains "personal education plan"
    And every reason has text in English and Welsh and a citation

  # ss.15-19: it is the looking-after authority, not the home authority, that is responsible
  Scenario: ss.15-19 - the looking-after authority is responsible even when the child's home authority is another
    Given the learner's "lookingAfterAuthority" is "swansea"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the decision's "responsibleAuthority" is "swansea"
    And a next step in English contains "A decision of City and County of Swansea about the IDP can be appealed"

  # ss.15-19 before s.14(6)-(9) and s.12(2): for a looked-after child the looking-after authority maintains, whatever the provision
  Scenario: ss.15-19 - a looked-after child needing a named place has the IDP with the looking-after authority, not the home authority
    Given the learner's "provision.requiresPlaceAtParticularInstitution" is true
    And the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "looked-after-child"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "mayDirectSchool" is "false"
    And rule "named-place-or-board-and-lodging" was not applicable

  # ss.15-19: the looked-after rule settles the case before any authority's principles are read
  Scenario: ss.15-19 - in Carmarthenshire a looked-after child with none of the council's criteria is still the looking-after authority's
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "lookingAfterAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "carmarthenshire"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding layer is "STATUTORY"
    And the decision's "responsibleAuthority" is "carmarthenshire"

  # s.15(1)(a), s.18(2)(c) and s.19(2): who looks after the child (an authority in Wales or not) and where the child is
  # (England, or no authority's area) both decide whether the looking-after authority's duties apply, and where the
  # learner lives decides the rest, so all three are asked for. (Before issue 9 only where the child lives was asked for:
  # any looking-after authority was treated as one in Wales.)
  Scenario: s.18(2)(c) - a looked-after child whose looking-after and home authorities are not recorded is asked who looks after them and where they are
    Given the learner's "lookingAfterAuthority" is unknown
    And the learner's "homeAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.homeAuthority, learner.lookingAfterAuthority, learner.placementArea"
    And rule "looked-after-child-in-england" was undetermined

  # s.15(1)(a) [P]: with the home authority known, who looks after the child still decides the outcome - an authority in
  # Wales maintains the IDP, an English council's child is the school's - so it is asked for. (Before issue 9 the rule
  # looked-after-child decided and only the authority it names was missing.)
  Scenario: s.15(1)(a) - a looked-after child living in Cardiff whose looking-after authority is not recorded is asked for it
    Given the learner's "lookingAfterAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.lookingAfterAuthority"
    And rule "looked-after-child" was undetermined

  # s.15(1)(a) [P]: "not over compulsory school age". Born 2009-03-01, the learner turns 16 in 2025, so compulsory school age
  # ends on the school leaving date, the last Friday in June 2025 (27 June). On that day the child is still looked after for
  # the Act; the next day they are a young person, and EN para 53 says the duties apply to them as to other young people.
  Scenario Outline: s.15(1)(a) and EN para 53 - looked after by Newport on <when>: <outcome>
    Given the decision is made in "newport" on "<date>"
    And the learner was born on "2009-03-01"
    And the learner's "consent" is "GIVEN"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"

    Examples:
      | when                                     | date       | outcome         | rule               |
      | the school leaving date, 27 June 2025    | 2025-06-27 | LOCAL_AUTHORITY | looked-after-child |
      | the day after the school leaving date    | 2025-06-28 | SCHOOL          | school-maintains   |

  # s.15(1)(a) [P]: a child looked after by an English council is not looked after for the Act; one who lives and goes to
  # school in England is outside the Act altogether, like any other such child. (Before issue 9 the outcome was the same
  # but reached through looked-after-child-in-england, as if the council were an authority in Wales.)
  Scenario: s.15(1)(a) - a child looked after by an English council, living and at school in England, has no IDP under the Act
    Given the learner's "lookingAfterAuthority" is "england"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.authority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "lives-and-learns-outside-wales"
    And rule "looked-after-child-in-england" failed
    And the decision's "responsibleAuthority" is unset

  # s.15(1)(a) [P] (issue 9 item 1): a child looked after by an English council and living in Newport, at a Newport school,
  # is not looked after for the Act: the school decides and maintains the IDP like any other pupil's (the national
  # baseline decides for Newport). Before issue 9 this child was sent to "england" as the looking-after authority.
  Scenario: s.15(1)(a) - a child looked after by an English council at a Newport school is the school's
    Given the learner's "lookingAfterAuthority" is "england"
    And the learner's "homeAuthority" is "newport"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "looked-after-child" failed
    And the deciding rule is "school-maintains"
    And the decision's "responsibleAuthority" is "newport"

  # s.15(1)(a) [P]: the same child looked after by Swansea, an authority in Wales, is Swansea's.
  Scenario: s.15(1)(a) - the same child looked after by Swansea is Swansea's
    Given the learner's "lookingAfterAuthority" is "swansea"
    And the learner's "homeAuthority" is "newport"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "looked-after-child"
    And the decision's "responsibleAuthority" is "swansea"

  # s.15(2) [P]; reg 5 [U, not read]: a child the looking-after authority records as in a category the Regulations exclude
  # is not looked after for the Act, so the ordinary rules decide (here the school maintains the IDP).
  Scenario: s.15(2) - a looked-after child recorded as in a category the Regulations exclude is the school's like any other pupil
    Given the learner's "lookedAfterCategoryExcluded" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "looked-after-child" failed
    And the reason for rule "looked-after-child" shows "learner.lookedAfterCategoryExcluded" as "true"

  # s.18(2)(c) [P]; EN para 54: no duty to decide while the child is in the area of an authority in England
  Scenario: s.18(2)(c) - a child looked after by Newport and living in England has no IDP decided under the Act while there
    Given the learner's "homeAuthority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "looked-after-child-in-england"
    And the deciding rule cites "s.18(2)(c)"
    And the decision's "responsibleAuthority" is unset
    And a next step in English contains "personal education plan"

  # s.19(2) as explained by EN para 54 [P]: no duty to prepare and maintain when the child is in no authority's area
  Scenario: s.19(2) - a child looked after by Newport and living outside Wales and England has no IDP to maintain under the Act
    Given the learner's "homeAuthority" is "outside-wales-and-england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "looked-after-child-outside-england-and-wales"
    And the deciding rule cites "para 54"
    And a next step in English contains "(s.59)"

  # s.18(2)(c) [P] (issue 9, docs/law/changes-needing-new-facts.md 2): what counts is where the child is, not where the
  # family lives. Looked after by Newport, family home in Cardiff, placed with foster carers in Bristol: no duty to decide.
  Scenario: s.18(2)(c) - a child looked after by Newport whose family lives in Cardiff but who is placed in England has no IDP decided under the Act
    Given the learner's "placementArea" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "looked-after-child-in-england"
    And the reason for rule "looked-after-child-in-england" shows "learner.placementArea" as "england"

  # s.19(2), EN para 54 [P]: the same child placed in Scotland, in no authority's area for the Act
  Scenario: s.19(2) - a child looked after by Newport whose family lives in Cardiff but who is placed in Scotland has no IDP to maintain
    Given the learner's "placementArea" is "outside-wales-and-england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "looked-after-child-outside-england-and-wales"

  # ss.18-19 [P]: placed in Swansea, the child is in Wales, and Newport, the looking-after authority, maintains the IDP
  Scenario: ss.18-19 - a child looked after by Newport and placed in Swansea has the IDP maintained by Newport
    Given the learner's "placementArea" is "swansea"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "looked-after-child"
    And the decision's "responsibleAuthority" is "newport"

  # s.15(1)(b) [P]: a detained person is not a looked-after child for the Act; detention is checked first, and the home
  # authority of a looked-after detained child is the authority looking after them (EA 1996 s.562J [P])
  Scenario: s.15(1)(b) - a looked-after child in youth detention is the detained-person rules' case, with Newport as home authority
    Given the learner's "setting.kind" is "YOUTH_DETENTION"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "detained-looked-after-child"
    And rule "looked-after-child" was not applicable
    And the decision's "responsibleAuthority" is "newport"
    And the deciding rule cites "s.562J"

  # s.40(1) [P]; EA 1996 s.562J [P]: the home authority of a detained child looked after by an English council is that
  # council, not an authority in Wales, so the Act's detained-person duties do not apply, and s.44 stops the ordinary
  # duties during the detention. (Before issue 9 this child's IDP went to "england".)
  Scenario: s.40(1) - a detained child looked after by an English council has no IDP under the Act during the detention
    Given the learner's "setting.kind" is "YOUTH_DETENTION"
    And the learner's "lookingAfterAuthority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "detained-looked-after-by-authority-outside-wales"
    And the deciding rule cites "s.40(1)"
    And the decision's "responsibleAuthority" is unset
