namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>One problem found at a field: the tag and the SessionRejectReason it earns.</summary>
internal struct FieldIssue
{
    public int Tag;
    public int Reason;
    public bool IsSet;

    /// <summary>Keeps the issue with the lowest tag: QuickFIX/n checks a section's fields in ascending tag order
    /// (they sit in a sorted map), so the lowest failing tag is the one it reports.</summary>
    public void OfferLowestTag(int tag, int reason)
    {
        if (!IsSet || tag < Tag)
        {
            Tag = tag;
            Reason = reason;
            IsSet = true;
        }
    }

    /// <summary>Keeps the first issue offered (wire order, or dictionary order for required fields).</summary>
    public void OfferFirst(int tag, int reason)
    {
        if (!IsSet)
        {
            Tag = tag;
            Reason = reason;
            IsSet = true;
        }
    }

    /// <summary>Keeps the first issue offered (wire order).</summary>
    public void OfferFirst(in FieldIssue issue)
    {
        if (!IsSet && issue.IsSet)
        {
            this = issue;
        }
    }
}

/// <summary>What the walk found inside the repeating groups of one section (or one group entry).</summary>
internal struct GroupIssues
{
    /// <summary>The first field problem, entry by entry in wire order; within an entry its own fields (lowest tag
    /// first) before its nested groups, the order QuickFIX/n iterates groups in.</summary>
    public FieldIssue Field;

    /// <summary>The first required field missing from a group entry (the entry's own fields before nested ones).</summary>
    public FieldIssue Required;

    public void OfferFirst(in GroupIssues other)
    {
        Field.OfferFirst(other.Field);
        Required.OfferFirst(other.Required);
    }
}

/// <summary>Everything one walk over a message found, section by section, resolved afterwards in QuickFIX's order.</summary>
internal struct ValidationFindings
{
    /// <summary>First header field after the body, or body field after the trailer (373=14).</summary>
    public FieldIssue OutOfOrder;

    public FieldIssue HeaderRequired;
    public FieldIssue TrailerRequired;
    public FieldIssue BodyRequired;

    /// <summary>First tag repeated outside a group, per section (373=13).</summary>
    public FieldIssue HeaderRepeated;
    public FieldIssue TrailerRepeated;
    public FieldIssue BodyRepeated;

    /// <summary>Lowest-tag field problem at the top level of each section.</summary>
    public FieldIssue Header;
    public FieldIssue Trailer;
    public FieldIssue Body;

    public GroupIssues HeaderGroups;
    public GroupIssues TrailerGroups;
    public GroupIssues BodyGroups;

    /// <summary>True if anything at all was found (the common answer, for a valid message, is no).</summary>
    public readonly bool AnySet =>
        OutOfOrder.IsSet | HeaderRequired.IsSet | TrailerRequired.IsSet | BodyRequired.IsSet
        | HeaderRepeated.IsSet | TrailerRepeated.IsSet | BodyRepeated.IsSet
        | Header.IsSet | Trailer.IsSet | Body.IsSet
        | HeaderGroups.Field.IsSet | HeaderGroups.Required.IsSet | TrailerGroups.Field.IsSet | TrailerGroups.Required.IsSet
        | BodyGroups.Field.IsSet | BodyGroups.Required.IsSet;
}
