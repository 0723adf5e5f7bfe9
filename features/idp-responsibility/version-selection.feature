Feature: IDP responsibility - which rule versions decide
  The decision date selects the rule-set versions in force (README "New law, new version"). The ALN
  system began on 1 September 2021 (the statutory rule set and the baseline are effective from
  then): before it no IDP_RESPONSIBILITY rule set is in force. Every decision records each rule set
  it used, by id, version and SHA-256.

  Background:
    Given the case reference is "idp-versions"
    And the learner was born on "2012-01-15"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | gwynedd                 |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | gwynedd                 |
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
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # ALN and Education Tribunal (Wales) Act 2018 commencement: the IDP system starts on 1 September 2021
  Scenario: Commencement - a decision dated the day before the ALN system began has no rule set in force
    Given the decision is made in "gwynedd" on "2021-08-31"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NO_RULE_SET_IN_FORCE"
    And the English summary contains "no rule set for IDP_RESPONSIBILITY is in force on 2021-08-31"

  # Commencement: on 1 September 2021 the statutory rules and the baseline are in force, and the decision records both
  Scenario: Commencement - a decision dated the first day of the ALN system is decided and records the statutory and baseline versions
    Given the decision is made in "gwynedd" on "2021-09-01"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision used rule set "national.idp-responsibility" version "2021-09-01"
    And the decision used rule set "national.idp-responsibility-baseline" version "2023-09-26"

  # Carmarthenshire's principles are in force from 2021-09-01 (rule set notes); a decision there records the council's version
  Scenario: Carmarthenshire section 4 - a decision in Carmarthenshire records the statutory and the council's rule set versions
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "carmarthenshire"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the decision used rule set "national.idp-responsibility" version "2021-09-01"
    And the decision used rule set "carmarthenshire.idp-responsibility" version "2021-09-01"

  # A statutory case decided before any principles are read still records the statutory version it used
  Scenario: s.30 - a dual-registered pupil decided in 2022 records the statutory version that decided it
    Given the decision is made in "gwynedd" on "2022-03-01"
    And the learner's "dualRegistered" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding layer is "STATUTORY"
    And the decision used rule set "national.idp-responsibility" version "2021-09-01"
