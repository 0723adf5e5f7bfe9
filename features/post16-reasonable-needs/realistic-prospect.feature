Feature: Post-16 reasonable needs - a realistic prospect of meeting a desired outcome (Sch 1 para 1)
  A young person has reasonable needs for education or training, and an IDP is necessary, where there
  is a realistic prospect that undertaking a programme of study would enable them to meet their
  desired outcomes, considering (a) their ability to undertake it and (b) its suitability for those
  outcomes; the authority must weigh information from current or recent providers, health and social
  care, the proposed institution and careers services (ALN (Wales) Regulations 2021, Sch 1 para 1).
  Desired outcomes need not be employment or further learning: independent living, community
  participation and self-regulation, communication and relationships, quality of life and preventing
  regression were all argued for (domain brief part A). Where an IDP is not necessary, the reg 10
  notice must be given (domain brief scenario 11). Swansea has no encoded post-16 principles, so the
  national baseline (no fixed period) applies.

  Background:
    Given the case reference is "post16-realistic-prospect"
    And the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2006-03-02"
    And the learner has these facts:
      | fact                                           | value   |
      | hasAln                                         | true    |
      | consent                                        | GIVEN   |
      | homeAuthority                                  | swansea |
      | setting.kind                                   | NONE    |
      | provision.requiresPlaceAtParticularInstitution | false   |
      | provision.requiresBoardAndLodging              | false   |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false   |
      | post16.englishInstitutionProposed              | false   |
      | post16.specialistInstitutionProposed           | false   |
      | post16.onProgramme                             | false   |
      | post16.extensionRequested                      | false   |
      | post16.ableToUndertakeProgramme                | true    |
      | post16.programmeSuitableForOutcomes            | true    |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"
    And the young person's desired outcome "EMPLOYMENT" has no realistic prospect

  # Sch 1 para 1; domain brief part A (consultation feedback): desired outcomes need not be mainstream progression.
  # Employment has no realistic prospect, but a realistic prospect of one other desired outcome is enough.
  Scenario Outline: Sch 1 para 1 - a realistic prospect of <outcome kind> alone makes the IDP necessary
    Given the young person's desired outcome "<outcome kind>" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And the deciding layer is "NATIONAL_BASELINE"
    And the deciding rule cites "Sch 1 para 1"
    And the deciding rule cites "preventing regression"
    And the English summary contains "at least one desired outcome"
    And the decision used rule set "national.post16-reasonable-needs-baseline" version "2021-09-01"
    And no facts are missing

    Examples:
      | outcome kind                                |
      | INDEPENDENT_LIVING                          |
      | PREVENTING_REGRESSION                       |
      | COMMUNITY_PARTICIPATION_AND_SELF_REGULATION |
      | COMMUNICATION_AND_RELATIONSHIPS             |
      | QUALITY_OF_LIFE                             |

  # Domain brief scenario 11; Sch 1 para 1; reg 10: a consenting 19-year-old with ALN, not at school or FEI, with no
  # realistic prospect of any desired outcome: the notice, with reasons, within 12 weeks of the day after consent, giving
  # contact details, s.9 information and advice, s.68 disagreement resolution, s.69 advocacy and the s.70 appeal right
  Scenario: Brief scenario 11 - no realistic prospect of any desired outcome: IDP not necessary, with the reg 10 notice in English and Welsh
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "no-realistic-prospect"
    And the deciding layer is "NATIONAL_BASELINE"
    And the deciding rule cites "Sch 1 para 1"
    And a next step in English contains "notice of this decision and its reasons within 12 weeks beginning the day after consent was given"
    And a next step in English contains "unless that is impractical because of circumstances beyond its control (reg 10)"
    And a next step in English contains "The notice must give the authority's contact details"
    And a next step in English contains "information and advice service (s.9)"
    And a next step in English contains "avoiding and resolving disagreements (s.68)"
    And a next step in English contains "independent advocacy (s.69)"
    And a next step in English contains "the right to appeal to the Education Tribunal for Wales (s.70)"
    And a next step in Welsh contains "o fewn 12 wythnos gan ddechrau'r diwrnod ar ôl rhoi cydsyniad"
    And a next step in Welsh contains "Rhaid i'r hysbysiad roi manylion cyswllt yr awdurdod"
    And a next step in Welsh contains "eiriolaeth annibynnol (adran 69)"
    And a next step in Welsh contains "apelio i Dribiwnlys Addysg Cymru (adran 70)"
    And no facts are missing
    And every reason has text in English and Welsh and a citation

  # Sch 1 para 1(a) and (b): the authority weighed all the information and found the young person cannot undertake the
  # programme, or that it does not suit the outcomes
  Scenario Outline: Sch 1 para 1(<factor>) - <finding>: IDP not necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "<fact>" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "no-realistic-prospect"
    And rule "realistic-prospect" failed

    Examples:
      | factor | finding                                        | fact                                |
      | a      | the young person is not able to undertake it   | post16.ableToUndertakeProgramme     |
      | b      | the programme is not suitable for the outcomes | post16.programmeSuitableForOutcomes |

  # Sch 1 para 1: no realistic prospect may be found until information from current or recent providers, health and
  # social care, the proposed institution and careers services has been weighed; only that list is asked for
  Scenario Outline: Sch 1 para 1 - no realistic prospect found with <weighed> weighed: more information needed
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    And the learner's "post16.informationConsidered" are "<weighed>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "no-realistic-prospect-without-weighing-information"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "Sch 1 para 1"
    And the missing facts are "learner.post16.informationConsidered"
    And the English summary contains "careers services has been weighed"

    Examples:
      | weighed                                           |
      | CURRENT_OR_RECENT_PROVIDERS, PROPOSED_INSTITUTION |
      | CAREERS_SERVICE                                   |

  # Sch 1 para 1: nothing weighed at all
  Scenario: Sch 1 para 1 - no realistic prospect found with no information recorded as weighed: more information needed
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    And the learner's "post16.informationConsidered" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.informationConsidered"

  # Sch 1 para 1: the duty to weigh the listed information guards a finding of no realistic prospect; a realistic
  # prospect found on part of the information still makes the IDP necessary
  Scenario: Sch 1 para 1 - a realistic prospect found before all the information is in still makes the IDP necessary
    Given the young person's desired outcome "QUALITY_OF_LIFE" has a realistic prospect
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "no-realistic-prospect-without-weighing-information" failed
    And no facts are missing

  # Sch 1 para 1: ability to undertake the programme is factor (a) of the realistic-prospect test, and
  # the authority "must weigh" the listed information in deciding it. The baseline's no-realistic-prospect rule finds "no
  # realistic prospect ... (or they cannot undertake it ...)" from ableToUndertakeProgramme == false, but the statutory
  # guard (no-realistic-prospect-without-weighing-information) only reads realisticProspectForAnyDesiredOutcome, so a
  # finding of inability made without the health, careers or proposed-institution information ends as
  # IDP_NOT_NECESSARY. Under the law the finding cannot yet be made: more information is needed.
  Scenario: Sch 1 para 1 - a finding that the young person cannot undertake the programme, made without weighing the listed information, needs that information
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.ableToUndertakeProgramme" is false
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.informationConsidered"
