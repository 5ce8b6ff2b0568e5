namespace HallDesk.Web.Localization;

/// <summary>Marker for the shared UI texts: Strings.resx (中文, the default) and Strings.en-US.resx.</summary>
public sealed class Strings;
