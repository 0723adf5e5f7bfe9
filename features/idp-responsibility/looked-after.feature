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
  is treated like any other young person (EN para 53). A child looked after by an English council is
  not looked after for the Act, but that is not encoded yet: it needs a fact the contract lacks
  (docs/law/changes-needing-new-facts.md).
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
    And the deciding rule cites "Part 6 of the 2014 Act"
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

  # s.18(2)(c) and s.19(2): where the child lives (England, or no authority's area) decides whether the looking-after
  # authority's duties apply, so it is asked for first. (Before issue 9 only the looking-after authority was asked for.)
  Scenario: s.18(2)(c) - a looked-after child whose looking-after and home authorities are not recorded is asked where the child lives
    Given the learner's "lookingAfterAuthority" is unknown
    And the learner's "homeAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.homeAuthority"
    And rule "looked-after-child-in-england" was undetermined

  # ss.15-19: with the home authority known, the decision names the looking-after authority and asks for it when unknown
  Scenario: ss.15-19 - a looked-after child living in Cardiff whose looking-after authority is not recorded is asked for it
    Given the learner's "lookingAfterAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.lookingAfterAuthority"
    And the deciding rule is "looked-after-child"

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
  # school in England is outside the Act altogether. (The outcome is right today; the deciding rule becomes
  # lives-and-learns-outside-wales once the rules can tell an authority in Wales from an English council:
  # docs/law/changes-needing-new-facts.md 1, with the stronger scenarios to add then.)
  Scenario: s.15(1)(a) - a child looked after by an English council, living and at school in England, has no IDP under the Act
    Given the learner's "lookingAfterAuthority" is "england"
    And the learner's "homeAuthority" is "england"
    And the learner's "setting.authority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the decision's "responsibleAuthority" is unset

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
  Scenario: s.19(2) - a child looked after by Newport and placed in Scotland has no IDP to maintain under the Act
    Given the learner's "homeAuthority" is "outside-wales-and-england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "looked-after-child-outside-england-and-wales"
    And the deciding rule cites "para 54"
    And a next step in English contains "(s.59)"

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
