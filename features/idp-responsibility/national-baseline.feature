Feature: IDP responsibility - the national baseline for authorities without encoded principles
  ALN Code 2021 para 12.44 (as cited by Denbighshire) requires each authority to publish principles
  for deciding whether it is reasonable for a school to secure the provision. Until an authority's
  principles are encoded, its decisions use the national baseline
  (rules/national/idp-responsibility-baseline.json): the common approach the WLGA and ADEW reported
  to the Senedd on 26 September 2023 (paras 9-17) - the authority holds IDPs in specialist settings
  (special schools and resource bases) and where the Code 12.44 themes put the provision beyond what
  the school can reasonably secure; otherwise the school does. Every such decision says the baseline
  applies because no principles of the authority are encoded.

  Background:
    Given the case reference is "idp-baseline"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2016-11-30"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | cardiff                 |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | cardiff                 |
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

  # s.12(1); WLGA and ADEW evidence 26 September 2023 para 13; ss.26-28, s.32 and reg 12; EN para 73
  Scenario: s.12(1) and WLGA/ADEW para 13 - in Cardiff an ordinary mainstream pupil's IDP is the school's, with reconsideration by Cardiff
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding rule is "school-maintains"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "referToAuthority" is "false"
    And the deciding rule cites "s.12(1)"
    And the deciding rule cites "para 13"
    And the English summary contains "the national baseline, because no principles of this authority are encoded yet"
    And the Welsh summary contains "y llinell sylfaen genedlaethol, gan nad oes egwyddorion yr awdurdod hwn wedi'u hamgodio eto"
    And a next step in English contains "can ask Cardiff Council (the authority in whose area the learner is) to reconsider"
    And a next step in English contains "must be made within four weeks of the school's notice (s.32; reg 12)"
    And a next step in Welsh contains "o fewn pedair wythnos"
    And a next step in English contains "Cardiff Council must provide information and advice about ALN (s.9)"
    And every reason has text in English and Welsh and a citation

  # The same baseline in another authority with no encoded principles (Conwy: principles published in an attachment not yet read)
  Scenario: WLGA/ADEW para 13 - in Conwy, whose principles are not yet encoded, the baseline decides and says so
    Given the decision is made in "conwy" on "2025-10-01"
    And the learner's "homeAuthority" is "conwy"
    And the learner's "setting.authority" is "conwy"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding layer is "NATIONAL_BASELINE"
    And the English summary contains "because no principles of this authority are encoded yet"
    And a next step in English contains "Conwy County Borough Council (the authority in whose area the learner is)"
    And the decision used rule set "national.idp-responsibility-baseline" version "2023-09-26"

  # WLGA and ADEW evidence 26 September 2023 para 13: most authorities hold IDPs for special-school pupils
  Scenario: WLGA/ADEW para 13 - under the baseline a special-school pupil's IDP is the authority's
    Given the learner's "setting.kind" is "SPECIAL_SCHOOL"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "specialist-setting"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "mayDirectSchool" is "true"
    And the decision's "referToAuthority" is "true"
    And the deciding rule cites "para 13"
    And the English summary contains "the national baseline"

  # WLGA and ADEW evidence 26 September 2023 para 13: resource bases are specialist settings
  Scenario: WLGA/ADEW para 13 - under the baseline a pupil in a resource base of a mainstream school has the IDP maintained by the authority
    Given the learner's "setting.specialistClass" is "RESOURCE_BASE"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "specialist-setting"
    And the reason for rule "specialist-setting" shows "learner.setting.specialistClass" as "RESOURCE_BASE"

  # Domain brief part A: learning support classes go either way by authority; the baseline names only special schools and resource bases
  Scenario: Domain brief part A - under the baseline a pupil in a learning support class stays with the school
    Given the learner's "setting.specialistClass" is "LEARNING_SUPPORT_CLASS"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "specialist-setting" failed
    And the deciding rule is "school-maintains"

  # ALN Code 2021 para 12.44 (as cited by Denbighshire): external specialist advice, equipment, intensity and duration of support
  Scenario Outline: Code 12.44 - under the baseline, <theme> beyond what the school can reasonably secure makes the IDP the authority's
    Given the learner's "<fact>" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "beyond-what-school-can-reasonably-secure"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "referToAuthority" is "true"
    And the deciding rule cites "12.44"
    And the reason for rule "beyond-what-school-can-reasonably-secure" shows "<fact path>" as "true"

    Examples:
      | theme                              | fact                                           | fact path                                              |
      | external specialist advice         | provision.externalSpecialistAdviceBeyondSchool | learner.provision.externalSpecialistAdviceBeyondSchool |
      | equipment                          | provision.equipmentBeyondSchool                | learner.provision.equipmentBeyondSchool                |
      | intensity and duration of support  | provision.intensiveSupportBeyondSchool         | learner.provision.intensiveSupportBeyondSchool         |
