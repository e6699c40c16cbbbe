using DualWrite.Testing.ProjectOperations;

namespace DualWrite.Tests.WorkflowActivities.Support;

/// <summary>A valid Finance document with every kind of record, for the import tests to use as is or spoil.</summary>
internal static class FinanceDocuments
{
    /// <summary>The expense type the document's category carries: the option value of "Meal", as recorded.</summary>
    public static readonly int MealExpenseType = RecordedChoice.Value("msdyn_expensecategory", "msdyn_expensetype", "Meal");

    public static readonly string Complete = $$"""
        {
          "legalEntity": "USPM",
          "expenseCategories": [
            { "categoryId": "Meals", "name": "Meals and entertainment", "transactionCategory": "Travel", "expenseType": {{MealExpenseType}} }
          ],
          "expenses": [
            { "expenseId": "EXP-0001", "name": "Hotel Seattle", "category": "Hotel", "project": "PRJ-0001", "task": "1.1",
              "date": "2026-03-30", "quantity": 2, "unit": "Each", "price": 150.25, "amount": 300.50, "salesTax": 24.04, "currency": "USD" },
            { "expenseId": "EXP-0002", "name": "Team dinner", "category": "Meals", "project": "PRJ-0001",
              "date": "2026-03-31", "quantity": 1, "unit": "Each", "price": 80, "amount": 80, "currency": "USD" }
          ],
          "vendorInvoices": [
            { "invoiceId": "VINV-0001", "name": "Fabrikam March", "vendor": "V-0001", "date": "2026-03-31", "currency": "USD",
              "lines": [
                { "lineId": "VINV-0001-1", "description": "Cabling work", "project": "PRJ-0001", "task": "1.1", "category": "Subcontract",
                  "product": "P-100", "quantity": 10, "unit": "Hour", "price": 95.5, "amount": 955, "salesTax": 76.4 },
                { "lineId": "VINV-0001-2", "project": "PRJ-0001", "category": "Travel", "quantity": 1, "unit": "Each", "price": 45, "amount": 45 }
              ] }
          ]
        }
        """;
}
