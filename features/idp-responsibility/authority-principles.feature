Feature: IDP responsibility - authorities' published principles (Carmarthenshire and Denbighshire)
  Where the statute leaves the case to the authority (a pupil at a maintained school whose school has
  not referred), the authority's own published principles decide (ALN Code 2021 para 12.44, as
  cited). Carmarthenshire publishes in "Additional learning needs: Decision-making process - 4. What
  is an Individual Development Plan?" (undated) that IDPs for children under compulsory school age
  (the early years) are maintained by the local authority (issue 9 item 10), and four criteria for a
  council-maintained IDP for school-age learners: a rare condition needing specialist support;
  regular external-agency advice beyond what the school can reasonably arrange; equipment only the
  pupil can use, not reusable, or beyond the school's resources; very intensive daily support beyond
  the delegated budget - otherwise the school.
  Denbighshire's "Principles of Inclusion for Additional Learning Provision (ALP)" (undated) frames
  its principles on the three Code 12.44 themes; for specialist settings it says nothing, so its
  rule set follows the national baseline there.

  Background:
    Given the case reference is "idp-principles"
    And the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner was born on "2012-04-18"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | carmarthenshire         |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | carmarthenshire         |
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

  # Carmarthenshire section 4 (undated): "IDPs for children under compulsory school age ... will be maintained by local
  # authorities". Born 2020-09-10, the child turned five after 31 August 2025, so compulsory school age starts on the next
  # prescribed day, 31 December 2025 (EA 1996 s.8, as in rules/national/aln-determination.json). In a Carmarthenshire
  # maintained school the day before, the council maintains the IDP; on that day the school-age criteria apply.
  Scenario Outline: Carmarthenshire section 4 - a child at a maintained school on <when>: <outcome>
    Given the decision is made in "carmarthenshire" on "<date>"
    And the learner was born on "2020-09-10"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the decision's "responsibleAuthority" is "carmarthenshire"

    Examples:
      | when                                             | date       | outcome         | rule                              |
      | 30 December 2025, below compulsory school age    | 2025-12-30 | LOCAL_AUTHORITY | early-years-maintained-by-council |
      | 31 December 2025, the start of compulsory school age | 2025-12-31 | SCHOOL          | school-maintains                  |

  # The statutory layer and the national baseline make the authority responsible in the early years only off a maintained
  # school's roll (s.13, s.14 [P]); Carmarthenshire's published statement goes further, and the statutory contradiction
  # check accepts it because its further answers (the home authority maintains, no direction) are the statute's own
  Scenario: Carmarthenshire section 4 - the council's early-years principle says the council maintains, with no direction of the school
    Given the decision is made in "carmarthenshire" on "2025-12-30"
    And the learner was born on "2020-09-10"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "IDPs for children under compulsory school age"
    And the Welsh summary contains "y blynyddoedd cynnar"
    And a next step in English contains "Carmarthenshire explains how to disagree with a school's decision in section 6"

  # The same child in Conwy, whose principles are not encoded: the national baseline leaves a maintained school's pupil with
  # the school, early years or not
  Scenario: National baseline - the same early-years child at a maintained school in Conwy stays the school's
    Given the decision is made in "conwy" on "2025-12-30"
    And the learner was born on "2020-09-10"
    And the learner's "homeAuthority" is "conwy"
    And the learner's "setting.authority" is "conwy"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding layer is "NATIONAL_BASELINE"

  # Carmarthenshire, 'Additional learning needs: Decision-making process', section 4 (undated): the four criteria in order
  Scenario Outline: Carmarthenshire section 4 - <criterion> makes the IDP the council's
    Given the learner's "<fact>" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "<rule>"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the decision's "responsibleAuthority" is "carmarthenshire"
    And the decision's "mayDirectSchool" is "true"
    And the decision's "referToAuthority" is "true"
    And the deciding rule cites "Carmarthenshire County Council, 'Additional learning needs: Decision-making process', section 4"
    And the English summary contains "Carmarthenshire's published principles"
    And the English summary contains "the local authority's published principles, where the first principle that matches decides"
    And every reason has text in English and Welsh and a citation

    Examples:
      | criterion                                          | fact                                           | rule                                           |
      | a rare condition needing specialist support        | needs.rareConditionRequiringSpecialistSupport  | rare-condition-needing-specialist-support      |
      | regular external-agency advice beyond the school   | provision.externalSpecialistAdviceBeyondSchool | regular-external-agency-advice                 |
      | equipment for one pupil or beyond the school means | provision.equipmentBeyondSchool                | equipment-for-one-pupil-or-beyond-school-means |
      | very intensive daily support                       | provision.intensiveSupportBeyondSchool         | very-intensive-daily-support                   |

  # Carmarthenshire section 4: "most school-age IDPs are maintained by the school"; s.12(1)
  Scenario: Carmarthenshire section 4 - with none of the council's criteria the school maintains the IDP, and the council's signposting follows
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding rule is "school-maintains"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the decision's "responsibleAuthority" is "carmarthenshire"
    And the decision's "referToAuthority" is "false"
    And the English summary contains "most school-age IDPs are maintained by the school"
    And the Welsh summary contains "Egwyddorion cyhoeddedig Sir Gâr"
    And a next step in English contains "can ask Carmarthenshire County Council (the authority in whose area the learner is) to reconsider"
    And a next step in English contains "within four weeks of the school's notice"
    And a next step in English contains "section 6 of 'Additional learning needs: Decision-making process'"
    And the decision used rule set "carmarthenshire.idp-responsibility" version "2021-09-01"

  # The first principle that matches decides: the rare-condition principle is first in Carmarthenshire's list
  Scenario: Carmarthenshire section 4 - when several criteria apply the first in the council's list is the deciding one
    Given the learner's "needs.rareConditionRequiringSpecialistSupport" is true
    And the learner's "provision.intensiveSupportBeyondSchool" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "rare-condition-needing-specialist-support"
    And rule "very-intensive-daily-support" was not applicable

  # Statutory rules first: no principle can override the Act (s.30, dual registration), so Carmarthenshire's list is not read
  Scenario: s.30 before Carmarthenshire section 4 - a dual-registered pupil is decided by the statute, not the council's list
    Given the learner's "dualRegistered" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "dual-registered"
    And the deciding layer is "STATUTORY"
    And the decision's "mayDirectSchool" is "false"

  # Denbighshire 'Principles of Inclusion for ALP' (undated), citing ALN Code para 12.44: the three themes
  Scenario Outline: Denbighshire Principles of Inclusion (Code 12.44) - <theme> beyond the school makes the IDP the council's
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner's "homeAuthority" is "denbighshire"
    And the learner's "setting.authority" is "denbighshire"
    And the learner's "<fact>" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "beyond-what-school-can-reasonably-secure"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the decision's "responsibleAuthority" is "denbighshire"
    And the deciding rule cites "Principles of Inclusion for Additional Learning Provision (ALP)"
    And the English summary contains "Denbighshire's published principles"

    Examples:
      | theme                             | fact                                           |
      | external specialist advice        | provision.externalSpecialistAdviceBeyondSchool |
      | equipment                         | provision.equipmentBeyondSchool                |
      | intensity and duration of support | provision.intensiveSupportBeyondSchool         |

  # Denbighshire's rule set: its published principles do not address specialist settings, so it follows the national baseline (WLGA/ADEW para 13)
  Scenario: Denbighshire - a resource-base pupil's IDP is the council's, with the explanation saying the principles are silent on specialist settings
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner's "homeAuthority" is "denbighshire"
    And the learner's "setting.authority" is "denbighshire"
    And the learner's "setting.specialistClass" is "RESOURCE_BASE"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "specialist-setting"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the English summary contains "Denbighshire's published principles do not say who maintains IDPs there"

  # Denbighshire 'Principles of Inclusion' (inclusion ethos): the school secures the provision unless a principle says otherwise
  Scenario: Denbighshire - with no principle met the school maintains the IDP
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner's "homeAuthority" is "denbighshire"
    And the learner's "setting.authority" is "denbighshire"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And the deciding rule is "school-maintains"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the English summary contains "None of Denbighshire's principles takes the IDP from the school"
    And a next step in English contains "Denbighshire County Council (the authority in whose area the learner is)"
    And the decision used rule set "denbighshire.idp-responsibility" version "2021-09-01"
