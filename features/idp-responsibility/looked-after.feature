Feature: IDP responsibility - looked-after children
  The duty of a school to decide and to maintain an IDP does not apply to a looked-after child
  (s.11(5), as cited by Nodi). The authority looking after the child decides and prepares and
  maintains the IDP (ss.15-19), which forms part of the personal education plan (s.16); a school IDP
  passes to that authority when the child becomes looked after (s.35(11)-(13)); the IDP is reviewed
  at least every 12 months (s.24). Domain brief scenario 7.

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
    And the deciding rule cites "ss.15-19"
    And the deciding rule cites "s.35(11)-(13)"
    And a next step in English contains "at least every 12 months (s.24)"
    And a next step in Welsh contains "o leiaf bob 12 mis"
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

  # ss.15-19: with the looking-after authority unknown the decision cannot name who maintains the IDP; the home authority is not asked for
  Scenario: ss.15-19 - a looked-after child whose looking-after authority is not recorded needs that fact and nothing else
    Given the learner's "lookingAfterAuthority" is unknown
    And the learner's "homeAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.lookingAfterAuthority"
    And the deciding rule is "looked-after-child"
