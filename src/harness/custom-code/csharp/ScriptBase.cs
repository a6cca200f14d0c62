// Stand-in for the ScriptBase class that Power Platform provides to connector custom code
// (script.csx). Written from the definition on Microsoft Learn, "Write code in a custom connector"
// (https://learn.microsoft.com/connectors/custom-connectors/write-code); used only to compile and run
// script.csx locally (src/harness/custom-code). Not part of the connector.
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

public abstract class ScriptBase
{
    // Learn: the context object.
    public IScriptContext Context { get; internal set; }

    // Learn: the CancellationToken for the execution.
    public CancellationToken CancellationToken { get; internal set; }

    // Learn: creates a StringContent object from the serialized JSON.
    // The platform's content type is application/json; the charset is an assumption.
    public static StringContent CreateJsonContent(string serializedJson)
    {
        return new StringContent(serializedJson, Encoding.UTF8, "application/json");
    }

    // Learn: the abstract method for your code.
    public abstract Task<HttpResponseMessage> ExecuteAsync();
}
