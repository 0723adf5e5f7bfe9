Feature: Post-16 reasonable needs - when regulation 8 settles necessity
  Regulation 8 of the ALN (Wales) Regulations 2021 [P] settles some cases before any
  realistic-prospect conclusion: an IDP is necessary where it must describe a place at a particular
  institution or board and lodging (reg 8(1), s.14(6)-(7)); an authority must continue to maintain
  its IDP where the young person is to register at a maintained school or enrol at an FEI in Wales
  (reg 8(2): continuing a plan, not a new one). Otherwise the authority considers, after consulting
  the governing body or proprietor, whether it is reasonable for the Welsh school or college to
  secure the ALP (reg 8(3)(a)) or whether the English school, Academy or college would (reg 8(3)(b));
  reg 8(5), which says what follows, was not read and is marked U. The reg 8(3)(a) consideration is
  its own fact, post16.welshInstitutionReasonableToSecureAlp: the authority's view after consulting
  the institution the young person is to join, not the s.12(2)(a)(i) question of a school already
  responsible (before issue 9, provision.reasonableForSchoolToSecure stood in for it). A detained
  young person is decided under reg 18 instead (reg 18(1)-(3) [P];
  detained-young-people.feature).

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

  # reg 8(2) [P] is about continuing a plan: the authority already maintains the IDP and the young person is to enrol at an
  # FEI in Wales for a programme of study, so the authority must continue to maintain it
  Scenario: reg 8(2) - a young person with an authority IDP who is to enrol at an FEI in Wales keeps the IDP
    Given the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    And the learner's "existingIdp.maintainedBy" is "LOCAL_AUTHORITY"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "continue-plan-to-enrol-at-maintained-school-or-fei-in-wales"
    And the deciding rule cites "reg 8(2)"
    And the English summary contains "so the authority must continue to maintain it (reg 8(2))"

  # reg 8(3)(a)-(4) [P]: with no authority IDP to continue, reg 8(2) does not apply; the authority considers, after consulting
  # the college, whether it is reasonable for the college to secure the provision (post16.welshInstitutionReasonableToSecureAlp);
  # reg 8(5) was not read (U). Before issue 9 this young person's IDP was "necessary" on reg 8(2) alone, and until the
  # reg 8(3)(a) fact existed these rows were read from provision.reasonableForSchoolToSecure.
  Scenario Outline: reg 8(3)(a) - a young person with no authority IDP who is to enrol at an FEI in Wales, where it is <reasonable> for the college to secure the provision: <outcome>
    Given the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    And the learner's "existingIdp.maintainedBy" is "NONE"
    And the learner's "post16.welshInstitutionReasonableToSecureAlp" is <value>
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"
    And rule "continue-plan-to-enrol-at-maintained-school-or-fei-in-wales" failed
    And the deciding rule cites "reg 8(3)(a) and (4)"
    And the deciding rule cites "reg 8(5)"

    Examples:
      | reasonable     | value | outcome           | rule                                             |
      | not reasonable | false | IDP_NECESSARY     | to-enrol-in-wales-not-reasonable-for-institution |
      | reasonable     | true  | IDP_NOT_NECESSARY | to-enrol-in-wales-reasonable-for-institution     |

  # reg 8(3)(a) [P]: the reg 8(3)(a) consideration, not the s.12(2)(a)(i) fact, decides. Here a school's earlier view under
  # s.12(2)(a)(i) was that it could not secure the provision, but the authority, after consulting the college the young
  # person is to join, considers it reasonable for the college: the IDP is not necessary.
  Scenario: reg 8(3)(a) - the authority's view after consulting the college decides, not a school's earlier s.12 view
    Given the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    And the learner's "existingIdp.maintainedBy" is "NONE"
    And the learner's "provision.reasonableForSchoolToSecure" is false
    And the learner's "post16.welshInstitutionReasonableToSecureAlp" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "to-enrol-in-wales-reasonable-for-institution"
    And the reason for rule "to-enrol-in-wales-reasonable-for-institution" shows "learner.post16.welshInstitutionReasonableToSecureAlp" as "true"

  # reg 8(3)(a), (4) [P]: the consultation has not been recorded, so it is asked for
  Scenario: reg 8(3)(a) - a young person with no authority IDP to enrol at an FEI in Wales, with the authority's view after consulting the college not recorded: it is asked for
    Given the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    And the learner's "existingIdp.maintainedBy" is "NONE"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.welshInstitutionReasonableToSecureAlp"

  # reg 8(2)-(3) [P]: whether the authority already maintains an IDP decides which limb applies, so it is asked for
  Scenario: reg 8(2)-(3) - a young person to enrol at an FEI in Wales whose existing IDP is not recorded, where the college could secure the provision: that is asked for
    Given the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    And the learner's "existingIdp.maintainedBy" is unknown
    And the learner's "post16.welshInstitutionReasonableToSecureAlp" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.existingIdp.maintainedBy"

  # reg 8(3)-(4): the authority consulted the proposed college in England, which would not secure the ALP
  Scenario: reg 8(3)-(4) - a proposed college in England that would not secure the provision makes the IDP necessary
    Given the learner's "post16.englishInstitutionProposed" is true
    And the learner's "post16.englishInstitutionWouldSecureAlp" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "english-institution-would-not-secure-alp"
    And the deciding rule cites "reg 8(3)(b) and (4)"
    And no facts are missing

  # reg 8(3)-(4) (reg 8(5) not read: marked U in the rule); the reg 10 notice follows an "IDP not necessary" decision
  Scenario: reg 8(3)-(4) - a proposed college in England that would secure the provision makes the IDP not necessary, with the reg 10 notice
    Given the learner's "post16.englishInstitutionProposed" is true
    And the learner's "post16.englishInstitutionWouldSecureAlp" is true
    And the young person's desired outcome "FURTHER_LEARNING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "english-institution-would-secure-alp"
    And the deciding rule cites "reg 8(3)(b) and (4)"
    And the deciding rule cites "reg 8(5)"
    And a next step in English contains "within 12 weeks beginning the day after consent was given"
    And a next step in English contains "the right to appeal to the Education Tribunal for Wales (s.70)"
    And a next step in Welsh contains "o fewn 12 wythnos gan ddechrau'r diwrnod ar ôl rhoi cydsyniad"

  # reg 18(1)-(3) [P]: for a detained young person the home authority decides under s.40(2)(b) and reg 18, not regs 8-9 and
  # Sch 1 (issue 9 item 8). Being about to enrol at an FEI in Wales (reg 8(2)-(3)) does not decide: with the home
  # authority's reg 18 conclusions recorded (not likely to be 25 before release, reasonable needs on release not unlikely),
  # reg 18(2) makes the IDP necessary. Before issue 9 this test answered NOT_APPLICABLE and named reg 18 in its text only.
  Scenario: reg 18 - a detained young person is decided under reg 18, not regs 8-9 and Schedule 1
    Given the learner's "setting.kind" is "YOUTH_DETENTION"
    And the learner's "lookedAfter" is false
    And the learner's "post16.toEnrolAtMaintainedSchoolOrFeiInWales" is true
    And the learner's "detention.likelyAged25BeforeRelease" is false
    And the learner's "detention.registeredOrEnrolledAtSchoolOrCollege" is false
    And the learner's "post16.reasonableNeedsDetermined" is false
    And the learner's "detention.reasonableNeedsOnReleaseUnlikely" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "reg-18-reasonable-needs-on-release-likely"
    And the deciding rule cites "reg 18(1)-(2)"
    And rule "continue-plan-to-enrol-at-maintained-school-or-fei-in-wales" was not applicable
