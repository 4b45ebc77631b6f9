namespace Gateway.Sessions.Fix.Session;

/// <summary>The tags the session layer reads and writes.</summary>
internal static class SessionTags
{
    public const int BeginSeqNo = 7;
    public const int BeginString = 8;
    public const int BodyLength = 9;
    public const int CheckSum = 10;
    public const int EndSeqNo = 16;
    public const int MsgSeqNum = 34;
    public const int MsgType = 35;
    public const int NewSeqNo = 36;
    public const int PossDupFlag = 43;
    public const int RefSeqNum = 45;
    public const int SenderCompId = 49;
    public const int SenderSubId = 50;
    public const int SendingTime = 52;
    public const int TargetCompId = 56;
    public const int TargetSubId = 57;
    public const int Text = 58;
    public const int Signature = 89;
    public const int SignatureLength = 93;
    public const int PossResend = 97;
    public const int EncryptMethod = 98;
    public const int HeartBtInt = 108;
    public const int TestReqId = 112;
    public const int OnBehalfOfCompId = 115;
    public const int OnBehalfOfSubId = 116;
    public const int OrigSendingTime = 122;
    public const int GapFillFlag = 123;
    public const int DeliverToCompId = 128;
    public const int DeliverToSubId = 129;
    public const int ResetSeqNumFlag = 141;
    public const int SenderLocationId = 142;
    public const int TargetLocationId = 143;
    public const int OnBehalfOfLocationId = 144;
    public const int DeliverToLocationId = 145;
    public const int LastMsgSeqNumProcessed = 369;
    public const int RefTagId = 371;
    public const int RefMsgType = 372;
    public const int SessionRejectReason = 373;
    public const int BusinessRejectReason = 380;
    public const int Username = 553;
    public const int Password = 554;
    public const int DefaultApplVerId = 1137;
}
