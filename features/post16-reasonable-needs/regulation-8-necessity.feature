Feature: Post-16 reasonable needs - when regulation 8 settles necessity
  Regulation 8 of the ALN (Wales) Regulations 2021 settles some cases before any realistic-prospect
  test: an IDP is necessary where it must describe a place at a particular institution or board and
  lodging (reg 8(1), s.14(6)-(7)), or to continue where the young person is to register at a
  maintained school or enrol at an FEI in Wales (reg 8(2)). Where a school, Academy or FEI in England
  is proposed, the authority considers, after consulting it, whether it would secure the ALP
  (reg 8(3)-(4)); reg 8(5) was not read (domain brief B3.2), which the rule marks as unconfirmed.

  Background:
    Given the case reference is "post16-reg8"
    And the decision is made in "bridgend" on "2025-10-01"
    And the learner was born on "2005-11-20"
    And the learner has these facts:
      | fact                                           | value    |
      | hasAln                                         | true     |
      | consent                                        | GIVEN    |
      | homeAuthority                                  | bridgend |
      | setting.kind                                   | NONE     |
      | provision.requiresPlaceAtParticularInstitution | false    |
      | provision.requiresBoardAndLodging              | false    |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false    |
      | post16.englishInstitutionProposed              | false    |
      | post16.specialistInstitutionProposed           | false    |
      | post16.onProgramme                             | false    |
      | post16.extensionRequested                      | false    |
      | post16.ableToUndertakeProgramme                | true     |
      | post16.programmeSuitableForOutcomes            | true     |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"
    And the young person's desired outcome "EMPLOYMENT" has no realistic prospect

  # reg 8(1) with s.14(6)-(7): the IDP must name a place at a particular institution, so it is necessary whatever the
  # realistic-prospect assessment says (here no outcome has a realistic prospect)
  Scenario: reg 8(1) - an IDP that must name a place at a particular institution is necessary
    Given the learner's "provision.requiresPlaceAtParticularInstitution" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "place-or-board-and-lodging-required"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "reg 8(1)"
    And the English summary contains "name a place at a particular institution or board and lodging"
    And a next step in English contains "appealed to the Education Tribunal for Wales (s.70)"
    And no facts are missing

  # reg 8(1) with s.14(6)-(7): board and lodging must be described in the IDP
  Scenario: reg 8(1) - an IDP that must describe board and lodging is necessary
    Given the learner's "provision.requiresBoardAndLodging" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "place-or-board-and-lodging-required"
    And the deciding rule cites "reg 8(1)"
    And the Welsh summary contains "fwyd a llety"

  # reg 8(2): the young person is to enrol at an FEI in Wales for a programme of study, so the IDP is necessary to continue
  Scenario: reg 8(2) - a young person who is to enrol at an FEI in Wales needs the IDP to continue
    Given the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "to-enrol-at-maintained-school-or-fei-in-wales"
    And the deciding rule cites "reg 8(2)"
    And the English summary contains "necessary to continue (reg 8(2))"

  # reg 8(3)-(4): the authority consulted the proposed college in England, which would not secure the ALP
  Scenario: reg 8(3)-(4) - a proposed college in England that would not secure the provision makes the IDP necessary
    Given the learner's "post16.englishInstitutionProposed" is true
    And the learner's "post16.englishInstitutionWouldSecureAlp" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "english-institution-would-not-secure-alp"
    And the deciding rule cites "reg 8(3)-(4)"
    And no facts are missing

  # reg 8(3)-(4) (reg 8(5) not read: marked U in the rule); the reg 10 notice follows an "IDP not necessary" decision
  Scenario: reg 8(3)-(4) - a proposed college in England that would secure the provision makes the IDP not necessary, with the reg 10 notice
    Given the learner's "post16.englishInstitutionProposed" is true
    And the learner's "post16.englishInstitutionWouldSecureAlp" is true
    And the young person's desired outcome "FURTHER_LEARNING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "english-institution-would-secure-alp"
    And the deciding rule cites "reg 8(3)-(4)"
    And the deciding rule cites "reg 8(5) not read"
    And a next step in English contains "within 12 weeks beginning the day after consent was given"
    And a next step in English contains "the right to appeal to the Education Tribunal for Wales (s.70)"
    And a next step in Welsh contains "o fewn 12 wythnos gan ddechrau'r diwrnod ar ôl rhoi cydsyniad"
