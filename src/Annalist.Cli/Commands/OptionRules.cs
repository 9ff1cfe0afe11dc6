using System.CommandLine;

namespace Annalist.Cli.Commands;

/// <summary>Validators shared by commands' options.</summary>
internal static class OptionRules
{
    /// <summary>Refuses a value below 1, naming the option (a usage error, exit status 2).</summary>
    public static Option<int> AtLeastOne(this Option<int> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }
}
