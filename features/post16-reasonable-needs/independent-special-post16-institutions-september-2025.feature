Feature: Post-16 reasonable needs - independent special post-16 institutions from September 2025
  The Act's term is "independent special post-16 institution" (s.56; Welsh "sefydliad ôl-16 arbennig
  annibynnol" [P]); the Welsh Ministers keep a list of them (s.56, s.68(7)(c) [P]). From September
  2025 local authorities secure placements at such institutions, and only at listed ones (Welsh
  Government, as cited in domain brief B3 [S]). A proposal does not by itself make an IDP
  necessary: reg 8(1) [P] needs the authority to be under the s.14(6) duty, that is satisfied the
  young person's needs cannot reasonably be met without the place (EN para 49 [P]). Before issue 9 a
  listed proposal alone gave IDP_NECESSARY and an unlisted one asked again for the proposal (a fact
  already given). The statutory rule set has two dated versions: 2021-09-01 (to 31 August 2025) and
  2025-09-01, whose rules name the listed and unlisted institutions.

  Background:
    Given the case reference is "post16-ispi"
    And the learner was born on "2006-03-02"
    And the learner has these facts:
      | fact                                             | value         |
      | hasAln                                           | true          |
      | consent                                          | GIVEN         |
      | homeAuthority                                    | pembrokeshire |
      | setting.kind                                     | NONE          |
      | provision.requiresPlaceAtParticularInstitution   | true          |
      | provision.requiresBoardAndLodging                | false         |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales     | false         |
      | post16.englishInstitutionProposed                | false         |
      | post16.specialistInstitutionProposed             | true          |
      | post16.specialistInstitutionOnWelshMinistersList | true          |
      | post16.onProgramme                               | false         |
      | post16.extensionRequested                        | false         |
    And the young person's desired outcome "EMPLOYMENT" has no realistic prospect

  # reg 8(1) [P] both sides of 1 September 2025; from that day the 2025 version's rule names the listed institution
  Scenario Outline: September 2025 - a listed independent special post-16 institution the needs require, decided on <date>: IDP necessary under <rule>
    Given the decision is made in "pembrokeshire" on "<date>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "<rule>"
    And the deciding layer is "STATUTORY"
    And the decision used rule set "national.post16-reasonable-needs" version "<version>"
    And no facts are missing

    Examples:
      | date       | rule                                                         | version    |
      | 2025-08-31 | place-or-board-and-lodging-required                          | 2021-09-01 |
      | 2025-09-01 | listed-independent-special-post16-institution-place-required | 2025-09-01 |

  # reg 8(1) [P]: a proposal alone is not the s.14(6) duty; with the place not required, the realistic-prospect conclusion
  # decides on either side of the boundary (no realistic prospect here)
  Scenario Outline: reg 8(1) - a listed institution proposed but not required for the needs, decided on <date>: the proposal alone does not make the IDP necessary
    Given the decision is made in "pembrokeshire" on "<date>"
    And the learner's "provision.requiresPlaceAtParticularInstitution" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "no-realistic-prospect"
    And rule "place-or-board-and-lodging-required" failed

    Examples:
      | date       |
      | 2025-08-31 |
      | 2025-09-01 |

  # s.56 and Welsh Government [S]: the decision cites the list, the Act's term and reg 8(1), in both languages
  Scenario: September 2025 - the listed-institution decision cites the list and reg 8(1), and uses the statutory Welsh term
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the deciding rule cites "s.56 and s.68(7)(c)"
    And the deciding rule cites "reg 8(1)"
    And the English summary contains "independent special post-16 institution on the Welsh Ministers' list"
    And the Welsh summary contains "sefydliad ôl-16 arbennig annibynnol"
    And every reason has text in English and Welsh and a citation

  # reg 8(1) [P]; Welsh Government [S]: an unlisted institution cannot be secured, but the IDP is still necessary and must
  # name a listed institution or another that can make the provision; nothing already given is asked for again
  Scenario: September 2025 - an unlisted institution proposed where a place is required: IDP necessary, naming another institution
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    And the learner's "post16.specialistInstitutionOnWelshMinistersList" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "unlisted-independent-special-post16-institution-place-required"
    And the English summary contains "is not on the Welsh Ministers' list, so the authority cannot secure a place there"
    And no facts are missing

  # With the place required the IDP is necessary whether or not the institution is listed, so the list is not asked for
  Scenario: September 2025 - whether the proposed institution is listed is not recorded, and not asked for, because the IDP is necessary either way
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    And the learner's "post16.specialistInstitutionOnWelshMinistersList" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And no facts are missing

  # reg 8(1) with s.14(6) [P]: whether the authority is satisfied the needs cannot reasonably be met without the place decides
  Scenario: September 2025 - a listed institution proposed, with whether the place is required not recorded: that is asked for
    Given the decision is made in "pembrokeshire" on "2025-09-01"
    And the learner's "provision.requiresPlaceAtParticularInstitution" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.provision.requiresPlaceAtParticularInstitution"
