namespace DualWrite.Schema.Finance;

/// <summary>One recorded Finance entity as text: its file name (the AOT name), its CSDL and its DataEntities row with provenance.</summary>
/// <param name="Name">The AOT entity name the two files are named by; errors name the files by it.</param>
/// <param name="Csdl">The text of &lt;Name&gt;.csdl.xml.</param>
/// <param name="Json">The text of &lt;Name&gt;.json.</param>
public sealed record FinanceEntityDocument(string Name, string Csdl, string Json);
