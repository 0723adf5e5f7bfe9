Feature: Post-16 reasonable needs - the young person's consent
  The authority's duty to prepare and maintain an IDP for a young person needs the young person's
  consent (s.14(3) of the Act). Without it no IDP is prepared, but the authority must still take all
  reasonable steps to secure the additional learning provision (Conwy guidance, domain brief B6),
  and the 12-week period for the decision runs from the day after consent is given (reg 10 of the
  ALN (Wales) Regulations 2021; domain brief B5).

  Background:
    Given the case reference is "post16-consent"
    And the decision is made in "conwy" on "2025-10-01"
    And the learner was born on "2006-03-02"
    And the learner has these facts:
      | fact                                           | value |
      | hasAln                                         | true  |
      | homeAuthority                                  | conwy |
      | setting.kind                                   | NONE  |
      | provision.requiresPlaceAtParticularInstitution | false |
      | provision.requiresBoardAndLodging              | false |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false |
      | post16.englishInstitutionProposed              | false |
      | post16.specialistInstitutionProposed           | false |
      | post16.onProgramme                             | false |
      | post16.extensionRequested                      | false |
      | post16.ableToUndertakeProgramme                | true  |
      | post16.programmeSuitableForOutcomes            | true  |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"
    And the young person's desired outcome "FURTHER_LEARNING" has a realistic prospect

  # s.14(3); the reasonable-steps duty without consent (domain brief B6, Conwy [S]); reg 10 (12 weeks from the day after consent)
  Scenario Outline: s.14(3) - consent <consent>: no IDP without consent, but reasonable steps to secure the provision
    Given the learner's "consent" is "<consent>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "CONSENT_REQUIRED"
    And the deciding rule is "consent-not-given"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.14(3)"
    And the English summary contains "the authority must still take all reasonable steps to secure the additional learning provision"
    And the Welsh summary contains "rhaid i'r awdurdod gymryd pob cam rhesymol o hyd i sicrhau'r ddarpariaeth ddysgu ychwanegol"
    And a next step in English contains "the 12-week period for the authority's decision runs from the day after consent (reg 10)"
    And a next step in Welsh contains "o'r diwrnod ar ôl cydsynio (rheoliad 10)"
    And no facts are missing
    And every reason has text in English and Welsh and a citation

    Examples:
      | consent    |
      | NOT_SOUGHT |
      | REFUSED    |

  # s.14(3) comes before reg 8(1): even where the IDP would have to name a place, there is no IDP without consent
  Scenario: s.14(3) before reg 8(1) - a young person needing a named place who has not consented still gets CONSENT_REQUIRED
    Given the learner's "consent" is "NOT_SOUGHT"
    And the learner's "provision.requiresPlaceAtParticularInstitution" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "CONSENT_REQUIRED"
    And the deciding rule is "consent-not-given"
    And rule "place-or-board-and-lodging-required" was not applicable

  # s.14(3): with consent given the authority goes on to the necessity test (here Sch 1 para 1 decides)
  Scenario: s.14(3) - with consent given the necessity test is applied
    Given the learner's "consent" is "GIVEN"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "consent-not-given" failed
    And the deciding rule is "realistic-prospect"
