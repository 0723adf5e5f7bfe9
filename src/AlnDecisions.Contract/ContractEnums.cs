namespace AlnDecisions.Contract;

/// <summary>
/// Between the contract's generated enums and the domain's: the same member names (MaintainedSchool),
/// the contract's zero value (*Unspecified) standing for unknown. Worked out once per pair of types.
/// </summary>
internal static class ContractEnums
{
    /// <summary>The domain value named like <paramref name="value"/>; false for the zero value and any undefined number.</summary>
    public static bool TryDomain<TContract, TDomain>(TContract value, out TDomain domain)
        where TContract : struct, Enum
        where TDomain : struct, Enum =>
        Pair<TContract, TDomain>.ToDomain.TryGetValue(value, out domain);

    /// <summary>The contract value named like <paramref name="value"/>.</summary>
    public static TContract ToContract<TDomain, TContract>(TDomain value)
        where TContract : struct, Enum
        where TDomain : struct, Enum =>
        Pair<TContract, TDomain>.ToContract[value];

    private static class Pair<TContract, TDomain>
        where TContract : struct, Enum
        where TDomain : struct, Enum
    {
        public static readonly Dictionary<TContract, TDomain> ToDomain = Build();

        public static readonly Dictionary<TDomain, TContract> ToContract = ToDomain.ToDictionary(pair => pair.Value, pair => pair.Key);

        private static Dictionary<TContract, TDomain> Build()
        {
            var map = new Dictionary<TContract, TDomain>();
            foreach (var domain in Enum.GetValues<TDomain>())
            {
                // A domain member without a contract twin is a drift the consistency test reports; here it just cannot map.
                if (Enum.TryParse<TContract>(domain.ToString(), out var contract) && Convert.ToInt32(contract, System.Globalization.CultureInfo.InvariantCulture) != 0)
                {
                    map[contract] = domain;
                }
            }

            return map;
        }
    }
}
