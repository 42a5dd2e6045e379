using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SevenIo;

namespace Consumer
{
    /// <summary>Uses the generated client the way a library would.</summary>
    public static class HookMaintenance
    {
        /// <summary>Deletes every webhook of the given event type and says how many went.</summary>
        /// <param name="client">The client.</param>
        /// <param name="eventType">The event type.</param>
        /// <param name="cancellationToken">Cancels the calls.</param>
        /// <returns>How many webhooks were deleted.</returns>
        public static async Task<int> DeleteAllAsync(SevenClient client, HookEventType eventType, CancellationToken cancellationToken)
        {
            IReadOnlyList<Hook> hooks = await client.Hooks.ListAsync(cancellationToken).ConfigureAwait(false);
            var deleted = 0;
            foreach (var hook in hooks)
            {
                if (hook.EventType == eventType)
                {
                    HookResult result = await client.Hooks.DeleteAsync(hook.Id, cancellationToken).ConfigureAwait(false);
                    deleted += result.Id == hook.Id ? 1 : 0;
                }
            }

            return deleted;
        }
    }
}
