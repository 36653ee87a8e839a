namespace Samenleven.Site;

/// <summary>Phone numbers as links and in international form.</summary>
public static class PhoneNumbers
{
    /// <summary>"tel:+3215238782" from "015 23 87 82": Belgian numbers get the country code.</summary>
    public static string TelHref(string phone) => "tel:" + International(phone);

    /// <summary>"+3256270000" from "056 27 00 00".</summary>
    public static string International(string phone)
    {
        var digits = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        return digits.StartsWith('0') && !digits.StartsWith("00", StringComparison.Ordinal) ? "+32" + digits[1..] : digits;
    }
}
