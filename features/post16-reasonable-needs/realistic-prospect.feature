Feature: Post-16 reasonable needs - a realistic prospect of meeting a desired outcome (Sch 1 para 1)
  A young person has reasonable needs for education or training, and an IDP is necessary, where there
  is a realistic prospect that undertaking a programme of study would enable them to meet their
  desired outcomes. In reaching that conclusion the authority takes into account (a) their ability to
  undertake it, (b) its suitability for those outcomes and (c) any other relevant factor, with relevant
  information "including any provided by" current or recent providers, health and social care, the
  proposed institution and careers services (ALN (Wales) Regulations 2021, Sch 1 para 1 [P]). The
  rules read the authority's recorded conclusion (a realistic prospect per desired outcome); the
  factors are shown in the explanation (each rule's reason lists them beside the facts it reads:
  the rule's "considers") and never decide alone. Regulation 9 was not read, so the step
  from a realistic prospect to "IDP necessary" is marked U.
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

  # Sch 1 para 1(a)-(b) [P]: ability and suitability are factors the authority takes into account in reaching its
  # conclusion on a realistic prospect; one recorded as adverse does not decide on its own (issue 9 item 9). Before issue 9
  # either answered IDP_NOT_NECESSARY.
  Scenario Outline: Sch 1 para 1(<factor>) - <finding>, but the authority concludes there is a realistic prospect: IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "<fact>" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And the English summary contains "this records its conclusion, not a test of its own"

    Examples:
      | factor | finding                                        | fact                                |
      | a      | the young person is recorded as not able to undertake it | post16.ableToUndertakeProgramme     |
      | b      | the programme is recorded as not suitable for the outcomes | post16.programmeSuitableForOutcomes |

  # Sch 1 para 1 [P]: the authority's conclusion of no realistic prospect decides, with the factors named in the explanation
  Scenario: Sch 1 para 1 - the authority concludes there is no realistic prospect for any desired outcome: IDP not necessary, with the reg 10 notice
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "no-realistic-prospect"
    And the deciding rule cites "Sch 1 para 1"
    And the English summary contains "ability to undertake the programme, its suitability for the outcomes"
    And a next step in English contains "within 12 weeks beginning the day after consent was given"

  # Sch 1 para 1(2) [P]: relevant information is taken into account "including any provided by" the four sources: none of
  # them is a precondition, so a conclusion reached with one source, or none recorded, is not held back (issue 9). Before
  # issue 9 fewer than all four gave MORE_INFORMATION_NEEDED asking for learner.post16.informationConsidered.
  Scenario Outline: Sch 1 para 1(2) - no realistic prospect found with <weighed> recorded as weighed: the conclusion decides
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    And the learner's "post16.informationConsidered" are "<weighed>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "no-realistic-prospect"
    And no facts are missing

    Examples:
      | weighed                                           |
      | CURRENT_OR_RECENT_PROVIDERS, PROPOSED_INSTITUTION |
      | CAREERS_SERVICE                                   |

  # Sch 1 para 1(2) [P]: nothing recorded as weighed is not a missing fact either
  Scenario: Sch 1 para 1(2) - no realistic prospect found with no information recorded as weighed: the conclusion decides, nothing is asked for
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    And the learner's "post16.informationConsidered" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And no facts are missing

  # Sch 1 para 1 [P]: a realistic prospect found on part of the information makes the IDP necessary
  Scenario: Sch 1 para 1 - a realistic prospect found on one source of information makes the IDP necessary
    Given the young person's desired outcome "QUALITY_OF_LIFE" has a realistic prospect
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And no facts are missing

  # Sch 1 para 1 [P] (issue 9 item 9): the authority recorded the young person's ability to undertake the programme as a
  # concern (false) and still concluded there is a realistic prospect of further learning. The conclusion decides; the
  # factor it weighed is shown in the reason, not applied as a test. Before issue 9 the factors were not shown at all.
  Scenario: Sch 1 para 1 - a realistic prospect concluded despite a concern about ability: IDP necessary, and the reason shows the factor weighed
    Given the learner's "post16.ableToUndertakeProgramme" is false
    And the young person's desired outcome "FURTHER_LEARNING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And the reason for rule "realistic-prospect" shows "learner.post16.ableToUndertakeProgramme" as "false"
    And the reason for rule "realistic-prospect" shows "learner.post16.programmeSuitableForOutcomes" as "true"
    And the reason for rule "realistic-prospect" shows "learner.post16.informationConsidered" as "[CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE]"
    And no facts are missing

  # Sch 1 para 1 [P]: a factor the authority has not recorded is shown as unknown and never asked for; only the conclusion is needed.
  Scenario: Sch 1 para 1 - with the suitability factor not recorded, the conclusion still decides and nothing is asked for
    Given the learner's "post16.programmeSuitableForOutcomes" is unknown
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the reason for rule "realistic-prospect" shows "learner.post16.programmeSuitableForOutcomes" as "unknown"
    And no facts are missing
