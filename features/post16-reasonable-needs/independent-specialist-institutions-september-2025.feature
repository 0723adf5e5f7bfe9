Feature: Post-16 reasonable needs - independent specialist post-16 institutions from September 2025
  From September 2025 local authorities decide all placements at independent specialist post-16
  institutions, and only at institutions on the Welsh Ministers' list under s.56 (gov.wales, as
  cited in domain brief B3 [S]). The statutory rule set has two dated versions: 2021-09-01 (in force
  to 31 August 2025) and 2025-09-01, which adds the listed-institution rules. The same case is
  decided differently either side of the boundary.

  Background:
    Given the case reference is "post16-ispi"
    And the learner was born on "2006-03-02"
    And the learner has these facts:
      | fact                                             | value         |
      | hasAln                                           | true          |
      | consent                                          | GIVEN         |
      | homeAuthority                                    | pembrokeshire |
      | setting.kind                                     | NONE          |
      | provision.requiresPlaceAtParticularInstitution   | false         |
      | provision.requiresBoardAndLodging                | false         |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales     | false         |
      | post16.englishInstitutionProposed                | false         |
      | post16.specialistInstitutionProposed             | true          |
      | post16.specialistInstitutionOnWelshMinistersList | true          |
      | post16.onProgramme                               | false         |
      | post16.extensionRequested                        | false         |
      | post16.ableToUndertakeProgramme                  | true          |
      | post16.programmeSuitableForOutcomes              | true          |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"
    And the young person's desired outcome "EMPLOYMENT" has no realistic prospect

  # gov.wales (domain brief B3 [S]) and reg 8(1): from 1 September 2025 the authority decides the placement at a listed
  # institution and must name it; before then the 2021 version has no such rule and the realistic-prospect test (no
  # realistic prospect recorded) decides. Same case, one day apart: different outcome and different rule-set version.
  Scenario Outline: September 2025 - a listed independent specialist post-16 institution proposed, decided on <date>: <outcome>
    Given the decision is made in "pembrokeshire" on "<date>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"
    And the deciding layer is "<layer>"
    And the decision used rule set "national.post16-reasonable-needs" version "<version>"
    And no facts are missing

    Examples:
      | date       | outcome           | rule                                             | layer             | version    |
      | 2025-08-31 | IDP_NOT_NECESSARY | no-realistic-prospect                            | NATIONAL_BASELINE | 2021-09-01 |
      | 2025-09-01 | IDP_NECESSARY     | listed-specialist-institution-named-by-authority | STATUTORY         | 2025-09-01 |

  # gov.wales (domain brief B3 [S]): the new rule cites the authority's new role and reg 8(1)
  Scenario: September 2025 - the listed-institution decision cites the authority's new role and reg 8(1)
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the deciding rule cites "Welsh Ministers' list (s.56)"
    And the deciding rule cites "reg 8(1)"
    And the English summary contains "since September 2025 the authority decides such placements"
    And every reason has text in English and Welsh and a citation

  # gov.wales (domain brief B3 [S]): from September 2025 only a listed institution may be named; the rule asks for the
  # programme or listed institution now proposed
  Scenario: September 2025 - an institution not on the Welsh Ministers' list cannot be named: the proposal must be reconsidered
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    And the learner's "post16.specialistInstitutionOnWelshMinistersList" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "unlisted-specialist-institution-cannot-be-named"
    And the English summary contains "not on the Welsh Ministers' list, so the authority cannot name it"
    And a next step in English contains "Record the programme or listed institution now proposed"

  # From September 2025 whether the institution is listed decides, so it is asked for
  Scenario: September 2025 - whether the proposed institution is listed is not recorded: that is asked for
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    And the learner's "post16.specialistInstitutionOnWelshMinistersList" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.specialistInstitutionOnWelshMinistersList"

  # Before September 2025 the list played no part in the statutory rules, so the same unknown is not asked for
  Scenario: August 2025 - whether the proposed institution is listed is not recorded, and not asked for
    Given the decision is made in "pembrokeshire" on "2025-08-31"
    And the learner's "post16.specialistInstitutionOnWelshMinistersList" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the decision used rule set "national.post16-reasonable-needs" version "2021-09-01"
    And no facts are missing
